import { describe, expect, it } from "vitest";
import { integrate } from "../../src/numerics/quadrature/gauss-kronrod.js";
import { mapToFiniteRange } from "../../src/numerics/quadrature/infinite-range.js";
import { principalValue } from "../../src/numerics/quadrature/principal-value.js";
import { brent } from "../../src/numerics/roots/brent.js";
import { realCubicRoots } from "../../src/numerics/roots/cubic.js";
import { newton1d } from "../../src/numerics/roots/newton.js";
import { newton2d } from "../../src/numerics/roots/newton2d.js";

/**
 * The @example lines of the quadrature and root-finding doc comments return exactly the
 * values they print (mathjs style: documentation that a test executes). These pin the printed
 * digits; correctness against closed forms is tested in the neighbouring files and properties.
 */
describe("documented examples of quadrature and roots", () => {
  it.each([
    ["integrate(Math.exp, 0, 1).value", () => integrate(Math.exp, 0, 1).value, 1.7182818284590453],
    ["integrate(e^{−x²}, −∞, ∞).value", () => integrate((x) => Math.exp(-x * x), -Infinity, Infinity).value, 1.772453850905516],
    ["principalValue(() => 1, 0.5, -1, 1).value", () => principalValue(() => 1, 0.5, -1, 1).value, -1.0986122886681096],
    ["brent(x² − 2, 0, 2).root", () => brent((x) => x * x - 2, 0, 2).root, 1.414213562373095],
    ["newton1d(cos x − x, …, 1).root", () => newton1d((x) => Math.cos(x) - x, (x) => -Math.sin(x) - 1, 1).root, 0.7390851332151607],
  ] as const)("%s", (_label, evaluate, expected) => {
    expect(evaluate()).toBe(expected);
  });

  it("mapToFiniteRange names its transform", () => {
    expect(mapToFiniteRange(Math.exp, -Infinity, 0).transform).toBe("x = b − t/(1−t), t ∈ [0, 1)");
  });

  it("newton2d example", () => {
    const r = newton2d((x, y) => [x * x + y * y - 1, x - y], (x, y) => [[2 * x, 2 * y], [1, -1]], [1, 0.5]);
    expect(r.root).toEqual([0.7071067811865475, 0.7071067811865475]);
  });

  it("realCubicRoots example x³ − 1", () => {
    expect(realCubicRoots(1, 0, 0, -1)).toEqual([
      { re: 1, im: 0 },
      { re: -0.5, im: 0.8660254037844386 },
      { re: -0.5, im: -0.8660254037844386 },
    ]);
  });
});
