/**
 * Runnable example of checkSolver: checks the independent rate-equation solver
 * of coupled-tls-rate-equations.ts (incoherent coupling) against qtherm, then a
 * deliberately wrong variant (J_A with the wrong sign).
 *   npx tsx examples/typescript/check-coupled-tls-solver.ts
 * In your own project: import { checkSolver } from "qtherm".
 */
import { checkSolver } from "../../src/index.js";
import { heatCurrentA, steadyState } from "./coupled-tls-rate-equations.js";

const good = await checkSolver("coupled-tls", { steadyState, heatCurrentA }, { coupling: "incoherent", numRuns: 50 });
for (const v of good.verdicts) console.log(`${v.holds ? "holds" : "FAILS"}  ${v.id}: ${v.details}`);

const wrong = await checkSolver("coupled-tls", { heatCurrentA: (p) => -heatCurrentA(p) }, { coupling: "incoherent", numRuns: 50 });
for (const v of wrong.verdicts) console.log(`${v.holds ? "holds" : "FAILS"}  ${v.id}: ${v.details}${v.path !== undefined ? ` (replay: seed ${v.seed}, path ${v.path})` : ""}`);

process.exitCode = good.holds && !wrong.holds ? 0 : 1;
