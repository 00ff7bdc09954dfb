import { evaluate } from "mathjs";
import { describe, expect, it } from "vitest";
import { ParameterError, SymbolicError } from "../../src/core/errors.js";
import { seededRandom } from "../../src/numerics/random.js";
import { equivalent, solveLinearSystem } from "../../src/symbolic/index.js";

const real = (text: string, scope: Record<string, number>): number => evaluate(text, scope) as number;

describe("solveLinearSystem: 2×2", () => {
  it("x + y = 2, x − y = a gives x = (2+a)/2, y = (2−a)/2", () => {
    const { unknowns } = solveLinearSystem(["x + y = 2", "x - y = a"], ["x", "y"]);
    const domain = { a: { min: -5, max: 5 } };
    expect(equivalent(unknowns.x.value, "(2+a)/2", { domain, seed: 1 }).equivalent).toBe(true);
    expect(equivalent(unknowns.y.value, "(2-a)/2", { domain, seed: 1 }).equivalent).toBe(true);
  });

  it("multiplies out denominators: x/(1+a) + y = 1, x − y/b = 0", () => {
    const { unknowns } = solveLinearSystem(["x/(1+a) + y = 1", "x - y/b = 0"], ["x", "y"]);
    // by hand: y = b x, x (1/(1+a) + b) = 1 → x = (1+a)/(1 + b(1+a))
    const domain = { a: { min: 0.1, max: 3 }, b: { min: 0.1, max: 3 } };
    expect(equivalent(unknowns.x.value, "(1+a)/(1+b*(1+a))", { domain, seed: 2 }).equivalent).toBe(true);
    expect(equivalent(unknowns.y.value, "b*(1+a)/(1+b*(1+a))", { domain, seed: 2 }).equivalent).toBe(true);
    expect(unknowns.x.denominator.text).toBe("a*b+b+1");
  });

  it("accepts a coefficient matrix with rational entries", () => {
    const { unknowns, determinant } = solveLinearSystem({ matrix: [["1/a", "1"], ["1", "-1"]], rhs: ["1", "0"] }, ["u", "v"]);
    // u = v, u(1/a + 1) = 1 → u = a/(1+a)
    expect(equivalent(unknowns.u.value, "a/(1+a)", { domain: { a: { min: 0.1, max: 10, scale: "log" } }, seed: 3 }).equivalent).toBe(true);
    expect(determinant.text).toBe("-a-1"); // rows scaled to polynomials: [1, a | a], [1, −1 | 0]
  });

  it("rejects a nonlinear, a singular and a non-square system", () => {
    expect(() => solveLinearSystem(["x*y = 1", "x + y = 2"], ["x", "y"])).toThrow(/not linear/);
    expect(() => solveLinearSystem(["1/x = 1", "y = 2"], ["x", "y"])).toThrow(/not linear/);
    expect(() => solveLinearSystem(["x + y = 1", "2*x + 2*y = 3"], ["x", "y"])).toThrow(SymbolicError);
    expect(() => solveLinearSystem(["x + y = 1"], ["x", "y"])).toThrow(ParameterError);
    expect(() => solveLinearSystem(["x = 1"], ["x", "x"])).toThrow(ParameterError);
  });
});

describe("solveLinearSystem: stationary state of a 4-state Markov chain with 12 symbolic rates", () => {
  const states = [1, 2, 3, 4];
  const rate = (i: number, j: number): string => `k${i}${j}`; // rate of the jump i → j

  // Master equation dp_j/dt = Σ_i (p_i k_ij − p_j k_ji) = 0 for j = 1…3, and Σ p = 1.
  const equations = [
    ...[1, 2, 3].map((j) => {
      const others = states.filter((i) => i !== j);
      return `${others.map((i) => `p${i}*${rate(i, j)}`).join("+")} - p${j}*(${others.map((i) => rate(j, i)).join("+")}) = 0`;
    }),
    "p1 + p2 + p3 + p4 = 1",
  ];

  /**
   * Markov chain tree theorem (Hill 1966; Schnakenberg, Rev. Mod. Phys. 48, 571 (1976)):
   * p_j ∝ T_j = Σ over spanning trees directed towards j of Π k_{i→parent(i)}.
   * Enumerated here by brute force over all parent maps (independent of the solver).
   */
  const treeTerms = (root: number): number[][][] => {
    const others = states.filter((s) => s !== root);
    const trees: number[][][] = [];
    const choose = (k: number, edges: number[][]): void => {
      if (k === others.length) {
        const parent = new Map(edges.map(([i, j]) => [i, j]));
        const reachesRoot = others.every((start) => {
          let node = start;
          for (let step = 0; step < states.length; step++) {
            if (node === root) return true;
            node = parent.get(node) as number;
          }
          return node === root;
        });
        if (reachesRoot) trees.push(edges);
        return;
      }
      for (const target of states) if (target !== others[k]) choose(k + 1, [...edges, [others[k], target]]);
    };
    choose(0, []);
    return trees;
  };
  const treeSumText = (root: number): string => treeTerms(root).map((edges) => edges.map(([i, j]) => rate(i, j)).join("*")).join("+");
  const treeSumValue = (root: number, k: (i: number, j: number) => number): number =>
    treeTerms(root).reduce((sum, edges) => sum + edges.reduce((product, [i, j]) => product * k(i, j), 1), 0);

  it("has 16 spanning trees per root (Cayley: n^{n−2})", () => {
    expect(treeTerms(1)).toHaveLength(16);
  });

  it("reproduces the tree theorem, symbolically and numerically, in seconds", () => {
    const start = performance.now();
    const { unknowns } = solveLinearSystem(equations, ["p1", "p2", "p3", "p4"]);
    const seconds = (performance.now() - start) / 1000;
    // ~2 s on the development machine (1 s of it the factoring budget); nerdamer's solveEquations takes minutes
    expect(seconds).toBeLessThan(15);

    const all = states.map(treeSumText).join("+");
    const domain = Object.fromEntries(states.flatMap((i) => states.filter((j) => j !== i).map((j) => [rate(i, j), { min: 0.1, max: 10, scale: "log" as const }])));
    for (const j of states) {
      const check = equivalent(unknowns[`p${j}`].value, `(${treeSumText(j)})/(${all})`, { domain, seed: 40 + j, points: 10 });
      expect(check.equivalent, `p${j}: ${check.symbolicDetail}; max rel. error ${check.numeric.maxRelativeError}`).toBe(true);
      expect(check.symbolic).toBe("zero");
    }

    // Numerically, with the tree sums computed in plain JavaScript (no engine, no mathjs parse of the expected side).
    const random = seededRandom(2024);
    const values = new Map<string, number>();
    for (const i of states) for (const j of states) if (i !== j) values.set(rate(i, j), Math.exp(random.uniform(Math.log(0.1), Math.log(10))));
    const k = (i: number, j: number): number => values.get(rate(i, j)) as number;
    const total = states.reduce((sum, root) => sum + treeSumValue(root, k), 0);
    const scope = Object.fromEntries(values);
    for (const j of states) {
      const solved = real(unknowns[`p${j}`].value.text, scope);
      const expected = treeSumValue(j, k) / total;
      // sums of 16–64 positive products: a few ulps, no cancellation
      expect(Math.abs(solved - expected), `p${j}: ${solved} vs ${expected}`).toBeLessThanOrEqual(1e-13 * expected);
    }
  });
});
