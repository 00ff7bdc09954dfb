import { DEFAULT_WORK_BUDGET, WorkMeter } from "./exact/index.js";
import { budgetScale } from "./exact/work-budget.js";

/**
 * The work budget of an exact-algebra step: the explicit budget, or the engine's default
 * (DEFAULT_WORK_BUDGET coefficient operations) times QTHERM_SYMBOLIC_BUDGET_SCALE — the
 * test hook that starves the engine so that claims needing it come out 'undecided'.
 * Counted operations, not time: the same input exhausts the same budget at the same step
 * on every machine.
 */
export function budgetFor(explicit?: number): number {
  return explicit ?? Math.max(1, Math.floor(DEFAULT_WORK_BUDGET * budgetScale()));
}

const meters: WorkMeter[] = [];

/** A fresh work meter for one step of the symbolic layer, with the scaled budget (counted in {@link exactWork}). */
export function stepMeter(subject: string, explicit?: number): WorkMeter {
  const meter = new WorkMeter({ budget: budgetFor(explicit) }, subject);
  meters.push(meter);
  if (meters.length > 10_000) collapse();
  return meter;
}

/** Exact-algebra work of this process: steps, coefficient operations, and the largest step with its share of its budget. */
export interface ExactWork {
  readonly steps: number;
  readonly operations: number;
  readonly largestStep: number;
  /** Largest work / budget ratio of any step (the headroom is its inverse). */
  readonly largestBudgetShare: number;
}

let settled = { steps: 0, operations: 0, largestStep: 0, largestBudgetShare: 0 };

function collapse(): void {
  settled = exactWork();
  meters.length = 0;
}

/** The exact-algebra work done so far in this process (load-independent). */
export function exactWork(): ExactWork {
  let { steps, operations, largestStep, largestBudgetShare } = settled;
  for (const m of meters) {
    steps++;
    operations += m.work;
    largestStep = Math.max(largestStep, m.work);
    largestBudgetShare = Math.max(largestBudgetShare, m.work / m.budget);
  }
  return { steps, operations, largestStep, largestBudgetShare };
}
