import { ParameterError, UndecidedError } from "../../core/errors.js";

/**
 * A deterministic work meter for the exact engine: the only limit of an exact computation
 * is a count of operations, never time, so that a verdict does not depend on the load of
 * the machine. What is counted (one unit each): a coefficient multiplication in a
 * polynomial product (|a|·|b| per product), a divisor term multiplied in exact division,
 * a coefficient reduced or evaluated inside the gcd — the heuristic gcd charges its big
 * integers by their size in 64-bit words, so a huge evaluation cannot hide behind one
 * unit. Linear operations (add, sub, neg, scale) are not charged. Work is charged before
 * it is done, so an exceeded budget stops a computation before its expensive step.
 */

/**
 * Default budget of an entry point: 5·10⁷ coefficient operations (a few seconds at most).
 * @example new WorkMeter().budget === DEFAULT_WORK_BUDGET // true
 */
export const DEFAULT_WORK_BUDGET = 50_000_000;

/** Options of an exact entry point. */
export interface WorkOptions {
  /** Maximum work in coefficient operations (default {@link DEFAULT_WORK_BUDGET}; Infinity allowed). */
  readonly budget?: number;
}

/** A budget to charge: an existing meter (several calls share it and its count), or options for a fresh one. */
export type WorkLimit = WorkMeter | WorkOptions;

/**
 * The work budget of a computation was exhausted (a deterministic limit, unlike a timeout:
 * the same input exceeds the same budget at the same step on every machine). It is an
 * UndecidedError: a claim whose evidence runs out of budget is 'undecided', never 'fails'.
 */
export class WorkBudgetExceeded extends UndecidedError {
  readonly budget: number;
  /** Work done before the refused step. */
  readonly work: number;
  /** Work the refused step asked for. */
  readonly requested: number;

  constructor(step: string, budget: number, work: number, requested: number, subject: string) {
    super(step, subject, `work budget of ${budget} coefficient operations exceeded (done ${work}, the step asked for ${requested} more)`);
    this.budget = budget;
    this.work = work;
    this.requested = requested;
  }
}

/**
 * Counts the work of one computation against a budget.
 * @example const meter = new WorkMeter({ budget: 10 }); meter.charge("product", 4); meter.work // 4
 */
export class WorkMeter {
  readonly budget: number;
  /** What is computed (the input text of an entry point), named in WorkBudgetExceeded. */
  readonly subject: string;
  private done = 0;

  /**
   * A meter with the given budget, or DEFAULT_WORK_BUDGET scaled by {@link budgetScale}.
   * Throws ParameterError when budget is not a number > 0 (Infinity allowed).
   */
  constructor(options: WorkOptions = {}, subject = "exact algebra") {
    const budget = options.budget ?? Math.max(1, Math.floor(DEFAULT_WORK_BUDGET * budgetScale()));
    if (!(typeof budget === "number" && budget > 0)) throw new ParameterError("budget", budget, "a number of coefficient operations > 0 (Infinity allowed)");
    this.budget = budget;
    this.subject = subject;
  }

  /**
   * Work charged so far.
   * @example new WorkMeter().work // 0
   */
  get work(): number {
    return this.done;
  }

  /**
   * Charges `amount` units for `step`.
   * Throws WorkBudgetExceeded (before the work is done) when the budget would be exceeded.
   * @example new WorkMeter({ budget: 3 }).charge("product", 4) // throws WorkBudgetExceeded
   */
  charge(step: string, amount: number): void {
    if (this.done + amount > this.budget) throw new WorkBudgetExceeded(step, this.budget, this.done, amount, this.subject);
    this.done += amount;
  }
}

/**
 * Scale applied to every default symbolic work budget: the environment variable
 * QTHERM_SYMBOLIC_BUDGET_SCALE, a number in (0, 1000], default 1 — a test hook: a tiny
 * scale starves the engine, and the claims that need it must come out 'undecided'.
 * Throws ParameterError for a value that is not a number in (0, 1000].
 * @example budgetScale({}) // 1
 */
export function budgetScale(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.QTHERM_SYMBOLIC_BUDGET_SCALE;
  if (text === undefined || text === "") return 1;
  const value = Number(text);
  if (!(Number.isFinite(value) && value > 0 && value <= 1000)) throw new ParameterError("QTHERM_SYMBOLIC_BUDGET_SCALE", text, "a number in (0, 1000]");
  return value;
}

/**
 * The meter for a call: the given meter itself, or a fresh one with the given budget.
 * Throws ParameterError for a bad budget.
 * @example workMeter({ budget: 100 }).budget // 100
 */
export function workMeter(limit?: WorkLimit, subject?: string): WorkMeter {
  if (limit instanceof WorkMeter) return limit;
  return new WorkMeter(limit ?? {}, subject);
}
