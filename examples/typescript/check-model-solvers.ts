/**
 * Runnable example of checkSolver for oscillator-mediator, set-entropy-production
 * and resonant-level-probes: each independent example solver is checked against
 * qtherm, then one deliberately wrong variant, which fails with a counterexample,
 * its seed and replay path.
 *   npx tsx examples/typescript/check-model-solvers.ts
 * In your own project: import { checkSolver } from "qtherm".
 */
import { checkSolver, type SolverReport } from "../../src/index.js";
import * as landauer from "./oscillator-mediator-landauer.js";
import * as resonant from "./resonant-level-dense-solver.js";
import * as set from "./set-entropy-dense-solver.js";

function print(title: string, report: SolverReport): void {
  console.log(`\n${title}: ${report.holds ? "all checks hold" : "FAILS"} (seed ${report.seed}, ${report.numRuns} samples per check)`);
  for (const v of report.verdicts) console.log(`  ${v.holds ? "holds" : "FAILS"}  ${v.id}: ${v.details}${v.path !== undefined ? ` (replay: seed ${v.seed}, path ${v.path})` : ""}`);
}

const runs = { numRuns: 20 };
const results = [
  [await checkSolver("oscillator-mediator", { heatCurrent: landauer.heatCurrent, conductance: landauer.conductance }, runs), true],
  [await checkSolver("oscillator-mediator", { heatCurrent: (p) => -landauer.heatCurrent(p) }, runs), false],
  [await checkSolver("set-entropy-production", { populations: set.populations }, { ...runs, initial: "thermal" }), true],
  [await checkSolver("set-entropy-production", { populations: (p, t) => { const n = set.populations(p, t); return [n[0], ...n.slice(1 + p.KL), ...n.slice(1, 1 + p.KL)]; } }, { ...runs, initial: "thermal" }), false],
  [await checkSolver("resonant-level-probes", { populationsExact: resonant.populationsExact }, runs), true],
  [await checkSolver("resonant-level-probes", { populationsExact: (p, t) => { const n = resonant.populationsExact(p, t); return { dot: n.dot, L: n.R, R: n.L }; } }, runs), false],
] as const;
const titles = ["Landauer–Caroli solver", "…with J of the wrong sign", "dense set solver", "…with R modes before L modes", "dense resonant-level solver", "…with the grains exchanged"];
results.forEach(([report], i) => print(`${report.model}, ${titles[i]}`, report));

process.exitCode = results.every(([report, expected]) => report.holds === expected) ? 0 : 1;
