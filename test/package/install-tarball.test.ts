import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * qtherm as another project's dependency: `npm pack` gives a tarball that installs into an
 * empty project with `npm install <tarball>` (dependencies from the npm registry) and
 * provides the CLI, the ESM API and its type declarations.
 */
const root = resolve(__dirname, "..", "..");

function run(command: string, args: readonly string[], cwd: string) {
  const r = spawnSync(command, [...args], { cwd, encoding: "utf8", maxBuffer: 1 << 26, env: { ...process.env, npm_config_fund: "false", npm_config_audit: "false" } });
  return { code: r.status, out: r.stdout ?? "", err: r.stderr ?? "" };
}

describe("the npm package", () => {
  it("installs from its tarball into an empty project and gives the CLI, the API and its types", () => {
    const work = mkdtempSync(join(tmpdir(), "qtherm-pack-"));
    // dist/ is built by `npm test`; --ignore-scripts: pack what is built, do not rebuild
    const pack = run("npm", ["pack", "--ignore-scripts", "--pack-destination", work], root);
    expect(pack.code, pack.err).toBe(0);
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
    expect(tarball, pack.out).toBeDefined();
    const project = join(work, "project");
    spawnSync("mkdir", [project]);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "uses-qtherm", version: "1.0.0", private: true, type: "module" }));
    const install = run("npm", ["install", join(work, tarball!)], project);
    expect(install.code, install.err.slice(-3000)).toBe(0);

    const bin = join(project, "node_modules", ".bin", "qtherm");
    const version = run(bin, ["--version"], project);
    expect(version.code, version.err).toBe(0);
    expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    // the ledger and the goldens travel with the package
    const verify = run(bin, ["verify", "coupled-tls/hot-to-cold,coupled-tls/golden-heat-current-vs-coupling-ci", "--json"], project);
    expect(verify.code, verify.err).toBe(0);
    expect((JSON.parse(verify.out) as { summary: { unexpected: number; total: number } }).summary).toMatchObject({ total: 2, unexpected: 0 });

    writeFileSync(
      join(project, "check.ts"),
      [
        'import { checkSolver, type CoupledTlsSolver } from "qtherm";',
        "const solver: CoupledTlsSolver = { heatCurrentA: () => 0 };",
        'const report = await checkSolver("coupled-tls", solver, { coupling: "incoherent", numRuns: 5 });',
        "const holds: boolean = report.holds;",
        "console.log(JSON.stringify({ holds, checks: report.verdicts.length }));",
        "",
      ].join("\n"),
    );
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, skipLibCheck: true, noEmit: true }, files: ["check.ts"] }));
    const typecheck = run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.json"], project);
    expect(typecheck.code, typecheck.out + typecheck.err).toBe(0);
    // and a wrong type is caught: the declarations are real
    writeFileSync(join(project, "wrong.ts"), 'import { checkSolver } from "qtherm";\nawait checkSolver("coupled-tls", { heatCurrentA: () => "zero" }, {});\n');
    writeFileSync(join(project, "tsconfig.wrong.json"), JSON.stringify({ compilerOptions: { module: "nodenext", moduleResolution: "nodenext", target: "es2022", strict: true, skipLibCheck: true, noEmit: true }, files: ["wrong.ts"] }));
    expect(run(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.wrong.json"], project).code).not.toBe(0);

    writeFileSync(join(project, "check.mjs"), 'import { checkSolver } from "qtherm";\nconst r = await checkSolver("coupled-tls", { heatCurrentA: () => 0 }, { coupling: "incoherent", numRuns: 5 });\nconsole.log(JSON.stringify({ holds: r.holds, checks: r.verdicts.length }));\n');
    const api = run(process.execPath, ["check.mjs"], project);
    expect(api.code, api.err).toBe(0);
    // a solver answering 0 for J_A is wrong: the package's checks find it
    expect(JSON.parse(api.out)).toMatchObject({ holds: false });
  }, 600_000);
});
