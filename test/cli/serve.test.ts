import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { findModel } from "../../src/catalog.js";
import { serveCommand, SERVE_PROTOCOL } from "../../src/cli/commands/serve.js";
import type { CliIo } from "../../src/cli/io.js";
import { resolveParameters } from "../../src/core/parameters.js";

/**
 * `qtherm serve`: the greeting, eval with the values of `qtherm eval`, errors that name the
 * parameter without ending the server, claims and verify through the commands' own code,
 * pipelined requests answered in order, end of input ending the process with exit 0.
 */
const root = resolve(__dirname, "..", "..");

/** Runs the server in-process on `lines`; returns the parsed answers (greeting first) and the exit code. */
async function serve(lines: readonly string[]): Promise<{ code: number; replies: Record<string, unknown>[] }> {
  const input = new PassThrough();
  let out = "";
  const io: CliIo = { out: (s) => void (out += s.endsWith("\n") ? s : `${s}\n`), err: () => undefined, interactive: false };
  const done = serveCommand({ input }, io);
  input.end(lines.map((l) => `${l}\n`).join(""));
  const code = await done;
  return { code, replies: out.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const heat = (id: number, params: Record<string, unknown>) => JSON.stringify({ id, model: "coupled-tls", quantity: "heat-current-A", params });

describe("qtherm serve", () => {
  it("greets, evaluates like qtherm eval, and ends with exit 0 at end of input", async () => {
    const { code, replies } = await serve([heat(1, { epsilon: 0.01 }), JSON.stringify({ id: 2, op: "eval", model: "coupled-tls", quantity: "steady-state", params: { betaA: 1 } })]);
    expect(code).toBe(0);
    expect(replies[0]).toMatchObject({ protocol: SERVE_PROTOCOL, ops: ["eval", "models", "describe", "claims", "verify"] });
    const model = findModel("coupled-tls");
    const expected = model.quantities.find((q) => q.name === "heat-current-A")!.evaluate(resolveParameters(model.parameters, { epsilon: 0.01 }));
    expect(replies[1]).toEqual({ id: 1, value: expected });
    expect((replies[2].value as { re: number[][] }).re).toHaveLength(4);
  });

  it.each([
    [heat(3, { gammaA: 0 }), { id: 3, type: "ParameterError", parameter: "gammaA" }, /parameter 'gammaA' = 0 is not allowed: expected a finite number in \(0, ∞\)/],
    [heat(4, { gamaA: 1 }), { id: 4, type: "ParameterError", parameter: "gamaA" }, /'gamaA' = 1 .*a known parameter name/],
    [JSON.stringify({ id: 5, model: "coupled-tls", quantity: "heat-curent-A" }), { id: 5, type: "ParameterError", parameter: "quantity" }, /'quantity' = "heat-curent-A" .*did you mean 'heat-current-A'/],
    [JSON.stringify({ id: 6, model: "no-model", quantity: "x" }), { id: 6, type: "ParameterError" }, /no-model/],
    [JSON.stringify({ id: 7, op: "fly" }), { id: 7, type: "ParameterError", parameter: "op" }, /one of 'eval', 'models'/],
    ["not json at all", { id: null, type: "ProtocolError" }, /not a JSON line: not json at all/],
  ])("answers %s with an error and keeps serving", async (line, fields, message) => {
    const { replies } = await serve([line, heat(9, {})]);
    expect(replies[1]).toMatchObject(fields);
    expect(String(replies[1].error)).toMatch(message);
    expect(replies[2]).toMatchObject({ id: 9 });
    expect(typeof replies[2].value).toBe("number");
  });

  it("claims, describe, models and verify give what the commands print with --json", async () => {
    const { replies } = await serve([
      JSON.stringify({ id: 1, op: "claims", pattern: "coupled-tls/hot-to-cold" }),
      JSON.stringify({ id: 2, op: "verify", pattern: "coupled-tls/hot-to-cold", runs: 3 }),
      JSON.stringify({ id: 3, op: "describe", model: "oscillator-mediator" }),
      JSON.stringify({ id: 4, op: "models" }),
      heat(5, {}),
    ]);
    expect((replies[1].value as { id: string }[]).map((c) => c.id)).toEqual(["coupled-tls/hot-to-cold"]);
    expect(replies[2]).toMatchObject({ id: 2, exitCode: 0, value: { numRuns: 3, verdicts: [{ id: "coupled-tls/hot-to-cold", status: "holds" }] } });
    expect((replies[3].value as { parameters: { name: string }[] }).parameters.map((p) => p.name)).toContain("T");
    expect((replies[4].value as { id: string }[]).map((m) => m.id)).toContain("set-entropy-production");
    expect(replies[5].id, "answers stay in request order after an asynchronous verify").toBe(5);
  });

  it("the compiled bin answers 500 pipelined requests in order and exits 0 when its input ends", async () => {
    expect(existsSync(join(root, "dist", "cli", "main.js")), "dist/ is missing: run `npm run build` (npm test does)").toBe(true);
    const child = spawn(process.execPath, [join(root, "bin", "qtherm.js"), "serve"], { cwd: root, stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += String(d)));
    const exited = new Promise<number | null>((r) => child.on("close", (c) => r(c)));
    child.stdin.end(Array.from({ length: 500 }, (_, i) => `${heat(i, { epsilon: 0.001 * (1 + i), coupling: i % 2 ? "coherent" : "incoherent" })}\n`).join(""));
    expect(await exited).toBe(0);
    const replies = out.trim().split("\n").slice(1).map((l) => JSON.parse(l) as { id: number; value: number });
    expect(replies.map((r) => r.id)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(replies.every((r) => Number.isFinite(r.value))).toBe(true);
  });
});
