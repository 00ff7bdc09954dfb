/**
 * The work and headroom of every claim that uses the symbolic layer (`npm run profile:symbolic`).
 *
 * Runs every claim of the catalog once in this process (default seed and property runs),
 * in catalog order, and for each claim that did symbolic work prints
 * - nerdamer calls, the characters sent, the largest input (against ENGINE_INPUT_BUDGET),
 *   and — profile only — the wall time inside nerdamer and the longest call (against the
 *   ENGINE_GUARD_MS guard against a hung engine);
 * - exact-algebra steps and coefficient operations, and the largest step's share of its
 *   work budget.
 * Derivations are memoised, so a claim that reuses another's derivation shows no work of its
 * own; run one pattern (`npm run profile:symbolic -- coupled-tls/heat`) to see a claim cold.
 * Counts are load-independent; times are what this machine measured now (state the load).
 */
import { allClaims } from "../src/checks/registry.js";
import { runClaim } from "../src/checks/runner.js";
import { selectClaims } from "../src/checks/select.js";
import { ENGINE_GUARD_MS, ENGINE_INPUT_BUDGET, engineWork, exactWork } from "../src/symbolic/index.js";

interface Row {
  readonly id: string;
  readonly status: string;
  readonly calls: number;
  readonly characters: number;
  readonly largestInput: number;
  readonly engineMs: number;
  readonly longestCallMs: number;
  readonly steps: number;
  readonly operations: number;
  readonly largestBudgetShare: number;
  readonly claimMs: number;
}

const pattern = process.argv[2];
const claims = pattern === undefined ? allClaims() : selectClaims(allClaims(), pattern);
const rows: Row[] = [];
for (const claim of claims) {
  const e0 = engineWork();
  const x0 = exactWork();
  const verdict = await runClaim(claim);
  const e1 = engineWork();
  const x1 = exactWork();
  if (e1.calls === e0.calls && x1.steps === x0.steps) continue;
  rows.push({
    id: claim.id,
    status: verdict.status,
    calls: e1.calls - e0.calls,
    characters: e1.inputCharacters - e0.inputCharacters,
    largestInput: e1.largestInput,
    engineMs: e1.engineMs - e0.engineMs,
    longestCallMs: e1.longestCallMs,
    steps: x1.steps - x0.steps,
    operations: x1.operations - x0.operations,
    largestBudgetShare: x1.largestBudgetShare,
    claimMs: verdict.elapsedMs,
  });
}

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`${"claim".padEnd(62)} ${pad("verdict", 17)} ${pad("calls", 6)} ${pad("chars", 8)} ${pad("engine ms", 9)} ${pad("steps", 6)} ${pad("exact ops", 10)} ${pad("claim ms", 9)}`);
for (const r of rows) {
  console.log(`${r.id.padEnd(62)} ${pad(r.status, 17)} ${pad(r.calls, 6)} ${pad(r.characters, 8)} ${pad(r.engineMs.toFixed(0), 9)} ${pad(r.steps, 6)} ${pad(r.operations, 10)} ${pad(r.claimMs.toFixed(0), 9)}`);
}
const e = engineWork();
const x = exactWork();
console.log(
  `\nlargest nerdamer input ${e.largestInput} characters (input budget ${ENGINE_INPUT_BUDGET}: headroom ${(ENGINE_INPUT_BUDGET / Math.max(1, e.largestInput)).toFixed(1)}×); ` +
    `longest nerdamer call ${e.longestCallMs.toFixed(0)} ms (guard ${ENGINE_GUARD_MS} ms: headroom ${(ENGINE_GUARD_MS / Math.max(1, e.longestCallMs)).toFixed(0)}×); ` +
    `largest exact step ${x.largestStep} operations (${(100 * x.largestBudgetShare).toFixed(3)} % of its budget)`,
);
if (process.argv.includes("--json")) console.log(JSON.stringify({ rows, engine: e, exact: x }));
