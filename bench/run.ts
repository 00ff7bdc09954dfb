/**
 * Runs every bench/*.bench.ts (each exports runBench(): BenchReport) one after the
 * other, prints its lines and a summary table; exits with code 1 when a benchmark
 * misses its requirement. Usage: `npm run bench` (= tsx bench/run.ts), optionally
 * with name filters: `npm run bench -- arrowhead`.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { BenchReport } from "./bench-report.js";

async function main(): Promise<number> {
  const directory = dirname(fileURLToPath(import.meta.url));
  const filters = process.argv.slice(2);
  const files = readdirSync(directory)
    .filter((name) => name.endsWith(".bench.ts"))
    .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
    .sort();
  const reports: BenchReport[] = [];
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const module = (await import(pathToFileURL(join(directory, file)).href)) as { runBench?: () => BenchReport | Promise<BenchReport> };
    if (typeof module.runBench !== "function") {
      console.log(`  (skipped: ${file} exports no runBench)`);
      continue;
    }
    const report = await module.runBench();
    for (const line of report.lines) console.log(`  ${line}`);
    reports.push(report);
  }
  console.log("\n=== summary ===");
  for (const r of reports) console.log(`  ${r.passed ? "PASS" : "FAIL"}  ${r.name.padEnd(28)} ${r.requirement}`);
  const failed = reports.filter((r) => !r.passed).length;
  console.log(`${reports.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
