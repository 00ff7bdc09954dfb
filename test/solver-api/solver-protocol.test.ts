import { describe, expect, it } from "vitest";
import { findProtocolQuantity, parseSolverLine, protocolQuantitiesOf, readHandshake, readProtocolValue, readResponse, SOLVER_PROTOCOL } from "../../src/solver-api/solver-protocol.js";
import { splitCommand } from "../../src/solver-api/solver-process.js";
import { findModel } from "../../src/catalog.js";

/** The any-language protocol's pure half: lines, handshake, responses, value shapes, command splitting. */

describe("solver protocol: lines", () => {
  it("parses JSON, and NaN / Infinity tokens outside strings (Python's json.dumps writes them)", () => {
    expect(parseSolverLine('{"id": 1, "value": 0.5}')).toEqual({ id: 1, value: 0.5 });
    const v = parseSolverLine('{"id": 2, "value": [NaN, Infinity, -Infinity], "note": "NaN stays a string"}') as { value: number[]; note: string };
    expect(v.value[0]).toBeNaN();
    expect(v.value.slice(1)).toEqual([Infinity, -Infinity]);
    expect(v.note).toBe("NaN stays a string");
  });

  it.each(["computing J_A ...", "{'id': 1}", '{"id": 1, "value": }'])("refuses %j as not JSON, quoting the line", (line) => {
    expect(() => parseSolverLine(line)).toThrow(/not JSON: .*write logs to stderr/);
  });
});

describe("solver protocol: handshake", () => {
  it("maps quantity and method names to the model's protocol quantities", () => {
    const h = readHandshake({ protocol: SOLVER_PROTOCOL, quantities: ["heatCurrentA", "steady-state"], solver: "mine" }, "coupled-tls");
    expect([...h.provides.entries()].map(([q, name]) => [q.name, name])).toEqual([
      ["heat-current-A", "heatCurrentA"],
      ["steady-state", "steady-state"],
    ]);
    expect(h.solver).toBe("mine");
  });

  it.each([
    [{ protocol: "qtherm-solver/0", quantities: ["heat-current-A"] }, /names protocol "qtherm-solver\/0"; qtherm speaks "qtherm-solver\/1"/],
    [{ protocol: SOLVER_PROTOCOL, quantities: [] }, /non-empty array of names/],
    [{ protocol: SOLVER_PROTOCOL, quantities: ["heat-curent-A"] }, /offers 'heat-curent-A', which model 'coupled-tls' does not have; its quantities are 'steady-state', 'heat-current-A'/],
    [{ protocol: SOLVER_PROTOCOL, quantities: ["conductance"], model: "oscillator-mediator" }, /says it solves model "oscillator-mediator", but model 'coupled-tls'/],
    [[1, 2], /must be the handshake object/],
  ])("refuses %j", (message, pattern) => {
    expect(() => readHandshake(message, "coupled-tls")).toThrow(pattern);
  });

  it("every protocol quantity with a qtherm eval quantity of the same name is registered in the catalog", () => {
    // resonant-level-probes' populations-exact has the solver interface's shape {dot, L, R}, not eval's
    for (const q of protocolQuantitiesOf("coupled-tls").concat(protocolQuantitiesOf("two-site-chain-baths"), protocolQuantitiesOf("oscillator-mediator"), protocolQuantitiesOf("set-entropy-production"))) {
      expect(findModel(q.model).quantities.map((x) => x.name), `${q.model} ${q.name}`).toContain(q.name);
    }
    expect(findProtocolQuantity("resonant-level-probes", "populationsExact")?.takesTime).toBe(true);
  });
});

describe("solver protocol: responses and values", () => {
  it("reads a value or an error of the expected id", () => {
    expect(readResponse({ id: 3, value: 1 }, 3)).toEqual({ id: 3, value: 1 });
    expect(readResponse({ id: 3, error: "ValueError: no" }, 3)).toEqual({ id: 3, error: "ValueError: no" });
  });

  it.each([
    [{ id: 4, value: 1 }, "wrong-id", /answered request 3 with id 4/],
    [{ value: 1 }, "wrong-id", /answered request 3 with no id/],
    [{ id: 3 }, "malformed", /without "value" or "error"/],
    [{ id: 3, error: { code: 1 } }, "malformed", /"error" that is not a string/],
    [0.5, "malformed", /not an object/],
  ])("%j is a protocol violation (%s)", (message, kind, pattern) => {
    let error: unknown;
    try {
      readResponse(message, 3);
    } catch (e) {
      error = e;
    }
    expect((error as { kind: string }).kind).toBe(kind);
    expect((error as Error).message).toMatch(pattern);
  });

  it.each([
    ["coupled-tls", "heat-current-A", NaN, {}, /heatCurrentA\(params\)' = NaN .*finite number/],
    ["coupled-tls", "steady-state", { re: [[1]], im: [[0]] }, {}, /steadyState\(params\)\.re' = "1 rows" .*4 rows/],
    ["set-entropy-production", "populations", [0.5, 0.5], { KL: 8, KR: 8 }, /populations\(params, t\)\.length' = 2 .*17/],
    ["resonant-level-probes", "populations-exact", { dot: 0.1, L: [0.5], R: [0.5] }, { N: 2 }, /populationsExact\(params, t\)\.L\.length' = 1 .*2/],
  ] as const)("%s %s: a value of the wrong shape is refused naming the entry", (model, name, value, params, pattern) => {
    expect(() => readProtocolValue(findProtocolQuantity(model, name)!, value, params)).toThrow(pattern);
  });
});

describe("command splitting", () => {
  it.each([
    ["python3 examples/python/coupled_tls_numpy_solver.py", ["python3", "examples/python/coupled_tls_numpy_solver.py"]],
    [`python3 'my solver.py' --n 3 "a \\"b\\""`, ["python3", "my solver.py", "--n", "3", 'a "b"']],
    ["julia --project=. solver.jl", ["julia", "--project=.", "solver.jl"]],
  ])("%s runs without a shell", (command, argv) => {
    expect(splitCommand(command)).toEqual(argv);
  });

  it.each(["python3 a.py | tee log", "cd x && python3 a.py", "PYTHONPATH=. python3 a.py", "python3 $HOME/a.py", "python3 ~/a.py", "python3 a.py 2>log"])("%s needs a shell", (command) => {
    expect(splitCommand(command)).toBeUndefined();
  });
});
