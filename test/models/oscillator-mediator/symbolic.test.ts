import { describe, expect, it } from "vitest";
import { deriveEq45, deriveEq47, deriveEq49to51, deriveEq50, deriveEq69to70, deriveEq87, type SymbolicComparison } from "../../../src/models/oscillator-mediator/symbolic.js";

/**
 * Exact algebra decides every comparison of the derivations (an 'unknown' would make its claim
 * 'undecided'): each derived form equals the printed one exactly, except the printed residue of
 * (70), which exact algebra proves different; and the numeric samples agree with that verdict.
 */
const comparisons: [string, SymbolicComparison][] = [
  ...Object.entries(deriveEq45().steps),
  ["eq47", deriveEq47()],
  ["eq50", deriveEq50()],
  ...Object.entries(deriveEq49to51()),
  ...Object.entries(deriveEq69to70()),
  ["eq87", deriveEq87()],
];

const relativeDifferences = (c: SymbolicComparison) =>
  c.measurement.samples.map((s) => {
    if (s.a === null || s.b === null) return Infinity;
    const size = Math.max(Math.hypot(s.a.re, s.a.im), Math.hypot(s.b.re, s.b.im));
    return size === 0 ? 0 : Math.hypot(s.a.re - s.b.re, s.a.im - s.b.im) / size;
  });

describe("oscillator-mediator derivations", () => {
  it("has the comparisons of every derivation", () => {
    expect(comparisons.length).toBe(21); // (45): 8, (47), (50), (49)–(51): 5, (69)–(70): 5, (87)
  });

  it.each(comparisons.filter(([name]) => name !== "residueG1Printed"))("%s: exact algebra finds derived − printed = 0 and the samples agree", (_name, c) => {
    expect(c.measurement.engine, c.measurement.engineDetail).toBe("zero");
    expect(c.measurement.samples.length).toBe(8);
    expect(Math.max(...relativeDifferences(c)), `${c.derived} vs ${c.printed}`).toBeLessThan(1e-13);
  });

  it("the printed residue +i/2ω0 of (70) is proven different: the opposite sign at every point", () => {
    const printed = comparisons.find(([name]) => name === "residueG1Printed")![1];
    expect(printed.measurement.engine, printed.measurement.engineDetail).toBe("nonzero");
    for (const d of relativeDifferences(printed)) expect(d).toBeCloseTo(2, 12);
  });

  it("integrates the Lorentzian by residues: π/(2a), without atan", () => {
    const { lorentzian, lorentzianPole } = deriveEq45().steps;
    expect(lorentzian.derived).not.toMatch(/atan/);
    expect(lorentzianPole.measurement.engine).toBe("zero");
  });
});
