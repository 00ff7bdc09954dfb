/**
 * Throughput of `qtherm serve` (src/cli/commands/serve.ts): one process, requests pipelined
 * as clients/python/qtherm.py sends them, coupled-tls heat-current-A (the exact 16×16
 * Liouvillian steady state and Tr(ρ𝓛_A†Ĥ)) at varying ε, β_A and both couplings. The server
 * is the compiled CLI (`node bin/qtherm.js serve`; `npm run build` first), else the sources
 * through tsx. After a warm-up of 100 requests, SERVE_BENCH_N (default 2000) requests are
 * timed from the first write to the last answer.
 * Requirement: ≥ 200 evaluations per second, every answer a finite number with its id.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchReport } from "./bench-report.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const REQUIRED_PER_SECOND = 200;

/** The command that starts the server: the compiled bin when dist/ exists, else tsx on the sources. */
function serverCommand(): { command: string; args: string[]; what: string } {
  if (existsSync(join(ROOT, "dist", "cli", "main.js"))) return { command: process.execPath, args: [join(ROOT, "bin", "qtherm.js"), "serve"], what: "node bin/qtherm.js serve (dist/)" };
  return { command: process.execPath, args: ["--import", "tsx", join(ROOT, "scripts", "dev-cli.ts"), "serve"], what: "tsx scripts/dev-cli.ts serve (sources; dist/ not built)" };
}

/** The i-th request: ε log-spaced over [1e-3, 1], β_A over [0.2, 2], coherent and incoherent in turn. */
function request(i: number): string {
  const epsilon = 10 ** (-3 + (3 * (i % 97)) / 96);
  const betaA = 0.2 + (1.8 * (i % 13)) / 12;
  return `${JSON.stringify({ id: i, model: "coupled-tls", quantity: "heat-current-A", params: { epsilon, betaA, coupling: i % 2 === 0 ? "incoherent" : "coherent" } })}\n`;
}

/** Measures the throughput of one server process. */
export async function measureServeThroughput(options: { requests?: number; warmup?: number } = {}): Promise<{ perSecond: number; requests: number; milliseconds: number; bad: string[]; server: string }> {
  const n = options.requests ?? 2000;
  const warmup = options.warmup ?? 100;
  const { command, args, what } = serverCommand();
  const child = spawn(command, args, { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
  child.stdout.setEncoding("utf8");
  let buffer = "";
  const lines: string[] = [];
  let wake: (() => void) | undefined;
  child.stdout.on("data", (chunk: string) => {
    buffer += chunk;
    for (let nl = buffer.indexOf("\n"); nl >= 0; nl = buffer.indexOf("\n")) {
      lines.push(buffer.slice(0, nl));
      buffer = buffer.slice(nl + 1);
    }
    wake?.();
  });
  const exited = new Promise<void>((resolve) => child.on("close", () => (resolve(), wake?.())));
  const waitFor = async (count: number) => {
    while (lines.length < count) {
      if (child.exitCode !== null) throw new Error(`qtherm serve exited with code ${child.exitCode} after ${lines.length} lines`);
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  try {
    await waitFor(1); // greeting
    child.stdin.write(Array.from({ length: warmup }, (_, i) => request(-1 - i)).join(""));
    await waitFor(1 + warmup);
    const start = performance.now();
    child.stdin.write(Array.from({ length: n }, (_, i) => request(i)).join(""));
    await waitFor(1 + warmup + n);
    const milliseconds = performance.now() - start;
    const bad = lines
      .slice(1 + warmup)
      .map((line, i) => {
        const reply = JSON.parse(line) as { id: number; value?: unknown; error?: string };
        return reply.id === i && typeof reply.value === "number" && Number.isFinite(reply.value) ? undefined : `request ${i}: ${line.slice(0, 200)}`;
      })
      .filter((x): x is string => x !== undefined);
    return { perSecond: (1000 * n) / milliseconds, requests: n, milliseconds, bad, server: what };
  } finally {
    child.stdin.end();
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  }
}

export async function runBench(): Promise<BenchReport> {
  const n = Number(process.env.SERVE_BENCH_N ?? 2000);
  const r = await measureServeThroughput({ requests: n });
  return {
    name: "serve throughput",
    lines: [
      `${r.server}: ${r.requests} coupled-tls heat-current-A evaluations pipelined in ${r.milliseconds.toFixed(0)} ms = ${r.perSecond.toFixed(0)} per second (one process, after 100 warm-up requests)`,
      r.bad.length === 0 ? "every answer a finite number with its request's id, in order" : `${r.bad.length} bad answers, first: ${r.bad[0]}`,
    ],
    passed: r.perSecond >= REQUIRED_PER_SECOND && r.bad.length === 0,
    requirement: `≥ ${REQUIRED_PER_SECOND} coupled-tls evaluations per second through qtherm serve`,
  };
}
