import type { Undecided } from "../core/claim.js";
import { type Criterion, describeCriterion, formatLimit } from "../core/criterion.js";
import { ParameterError } from "../core/errors.js";
import type { ComplexParts, IdentityMeasurement, Measurement, Pair } from "../core/measurement.js";
import { fitConvergenceOrder } from "./convergence-order.js";

/**
 * The one judge of qtherm: applies a claim's declared criterion to its measurement and
 * returns the verdict, the measured error in the criterion's own terms, and a
 * load-independent detail saying exactly what was compared. Nothing else in the suite
 * decides whether a claim holds.
 *
 * Measured error, per criterion:
 * - close: the worst |Δ| when rtol = 0, the worst relative |Δ|/max(|a|,|b|) when atol = 0,
 *   the worst |Δ| for mixed tolerances (the detail gives its ratio to the allowance);
 * - order: |fitted − expected|; bound: the value; factor: the largest ratio;
 * - sign, monotone: how far the value (step) lies on the wrong side, over its scale (0 when it holds);
 * - identity: the largest relative difference of the numeric samples;
 * - all: that of the first part; property: the worst sample's.
 */

export type JudgedVerdict = "holds" | "fails" | "undecided" | "error";

export interface Judgement {
  readonly verdict: JudgedVerdict;
  readonly measuredError: number;
  /** What was compared, with the numbers (no timings). */
  readonly detail: string;
  /** For order criteria: the fitted and the expected order. */
  readonly order?: { readonly measured: number; readonly expected: number };
  readonly undecided?: Undecided;
}

/**
 * Judges a measurement under a criterion.
 * Throws ParameterError when the measurement does not fit the criterion (e.g. a value for
 * a close criterion, a parts measurement missing a part) — a bug in the claim, reported
 * by the runner as 'error'.
 * @example judge(close({ atol: 1e-12, reason: "…" }), measure.pair("x", 1, 1 + 1e-13)).verdict // "holds"
 */
export function judge(criterion: Criterion, m: Measurement): Judgement {
  if (m.kind === "property") return judgeProperty(m);
  switch (criterion.kind) {
    case "close":
      return judgeClose(criterion.rtol, criterion.atol, pairsOf(criterion, m));
    case "factor":
      return judgeFactor(criterion.factor, pairsOf(criterion, m));
    case "bound": {
      const v = expect(criterion, m, "value");
      const holds = criterion.side === "at-most" ? v.value <= criterion.limit : v.value >= criterion.limit;
      return finite(v.value, v.label, {
        verdict: holds ? "holds" : "fails",
        measuredError: v.value,
        detail: `${v.label} = ${num(v.value)} (${describeCriterion(criterion)})`,
      });
    }
    case "sign": {
      const s = expect(criterion, m, "signed");
      if (!(s.scale > 0 && Number.isFinite(s.scale))) throw new ParameterError("signed.scale", s.scale, "a finite number > 0");
      const x = s.value / s.scale;
      const slack = criterion.slack;
      const wrongSide =
        criterion.sign === "non-negative" || criterion.sign === "positive"
          ? Math.max(0, -x)
          : criterion.sign === "non-positive" || criterion.sign === "negative"
            ? Math.max(0, x)
            : Math.abs(x);
      const holds =
        criterion.sign === "non-negative" ? x >= -slack : criterion.sign === "positive" ? x > slack : criterion.sign === "non-positive" ? x <= slack : criterion.sign === "negative" ? x < -slack : Math.abs(x) <= slack;
      return finite(s.value, s.label, {
        verdict: holds ? "holds" : "fails",
        measuredError: wrongSide,
        detail: `${s.label} = ${num(s.value)}, scale ${num(s.scale)}: ${num(x)}·scale (${describeCriterion(criterion)})`,
      });
    }
    case "order": {
      const q = expect(criterion, m, "sequence");
      if (q.series.length === 0) throw new ParameterError("sequence.series", q.series, "at least one sequence");
      const fits = q.series.map((s) => {
        const errors = s.errors.map(Math.abs);
        const { order } = fitConvergenceOrder(s.h, errors);
        const decreasing = strictlyDecreasingAlongH(s.h, errors);
        const ok = Math.abs(order - criterion.expected) <= criterion.window && (!criterion.monotone || decreasing);
        return { s, errors, order, deviation: Math.abs(order - criterion.expected), decreasing, ok };
      });
      const worst = fits.reduce((w, f) => (f.deviation > w.deviation || (!f.ok && w.ok) ? f : w));
      const describeFit = (f: (typeof fits)[number]) =>
        `${q.series.length > 1 ? `${f.s.label}: ` : ""}order ${f.order.toFixed(3)}${criterion.monotone && !f.decreasing ? " (errors NOT strictly decreasing as h decreases)" : ""}`;
      return {
        verdict: fits.every((f) => f.ok) ? "holds" : "fails",
        measuredError: Math.max(...fits.map((f) => f.deviation)),
        order: { measured: fits[0].order, expected: criterion.expected },
        detail:
          `fitted ${fits.map(describeFit).join(", ")} (${describeCriterion(criterion)}); ` +
          `${q.series.length > 1 ? `worst ${worst.s.label}: ` : ""}${q.errorLabel} ${worst.errors.map((x) => num(x)).join(", ")} at ${q.hLabel} = ${worst.s.h.map((x) => num(x)).join(", ")}`,
      };
    }
    case "monotone": {
      const s = expect(criterion, m, "series");
      if (s.x.length !== s.y.length || s.x.length < 2) throw new ParameterError("series", s.x.length, "x and y of equal length ≥ 2");
      if (!(s.scale > 0 && Number.isFinite(s.scale))) throw new ParameterError("series.scale", s.scale, "a finite number > 0");
      let worst = 0;
      let worstAt = -1;
      for (let k = 1; k < s.y.length; k++) {
        const step = (s.y[k] - s.y[k - 1]) / s.scale;
        const wrong = criterion.direction === "increasing" ? Math.max(0, -step) : Math.max(0, step);
        if (!Number.isFinite(step)) throw new ParameterError(`${s.yLabel}[${k}]`, s.y[k], "a finite number");
        if (wrong > worst) {
          worst = wrong;
          worstAt = k;
        }
      }
      const holds = worst <= criterion.slack && (criterion.slack > 0 || worst === 0);
      return {
        verdict: holds ? "holds" : "fails",
        measuredError: worst,
        detail:
          `${s.yLabel} against ${s.xLabel} at ${s.x.length} points (${describeCriterion(criterion)})` +
          (worstAt > 0 ? `; largest step the wrong way ${num(worst)}·scale between ${s.xLabel} = ${num(s.x[worstAt - 1])} and ${num(s.x[worstAt])}` : "; every step in the stated direction"),
      };
    }
    case "identity":
      return judgeIdentity(criterion.numeric.rtol, criterion.numeric.atol, expect(criterion, m, "identity"));
    case "all": {
      const p = expect(criterion, m, "parts");
      const names = Object.keys(criterion.parts);
      for (const name of Object.keys(p.parts)) if (!names.includes(name)) throw new ParameterError("parts", name, `one of the criterion's parts: ${names.join(", ")}`);
      const judged = names.map((name) => {
        const part = p.parts[name];
        if (part === undefined) throw new ParameterError("parts", Object.keys(p.parts), `a measurement for every part of the criterion (missing: ${name})`);
        return { name, j: judge(criterion.parts[name], part) };
      });
      const verdict: JudgedVerdict = judged.some((x) => x.j.verdict === "error")
        ? "error"
        : judged.some((x) => x.j.verdict === "fails")
          ? "fails"
          : judged.some((x) => x.j.verdict === "undecided")
            ? "undecided"
            : "holds";
      const undecided = judged.find((x) => x.j.undecided !== undefined);
      const ordered = judged.find((x) => x.j.order !== undefined);
      return {
        verdict,
        measuredError: judged[0].j.measuredError,
        detail: judged.map((x) => `${x.name} ${x.j.verdict === "holds" ? "holds" : x.j.verdict.toUpperCase()}: ${x.j.detail}`).join("; "),
        ...(ordered?.j.order !== undefined ? { order: ordered.j.order } : {}),
        ...(undecided?.j.undecided !== undefined ? { undecided: { step: `${undecided.name}: ${undecided.j.undecided.step}`, reason: undecided.j.undecided.reason } } : {}),
      };
    }
  }
}

/** h may be listed in either direction; errors must decrease strictly as h decreases. */
function strictlyDecreasingAlongH(h: readonly number[], errors: readonly number[]): boolean {
  const order = h.map((_, i) => i).sort((a, b) => h[b] - h[a]);
  for (let k = 1; k < order.length; k++) if (!(errors[order[k]] < errors[order[k - 1]])) return false;
  return true;
}

function judgeProperty(m: Extract<Measurement, { kind: "property" }>): Judgement {
  if (m.counterexample !== undefined) {
    const c = m.counterexample;
    const worst = m.worst ?? c;
    return {
      verdict: "fails",
      measuredError: worst.measuredError,
      detail:
        `a sample fails (after ${m.runs} run${m.runs === 1 ? "" : "s"}); worst sample ${worst.description}: ${worst.detail}` +
        (c.description !== worst.description ? `; shrunk counterexample (${c.shrinks} shrinks) ${c.description}: ${c.detail}` : ""),
    };
  }
  const worst = m.worst;
  return {
    verdict: "holds",
    measuredError: worst?.measuredError ?? 0,
    detail: `${m.runs} samples hold${worst ? `; worst ${worst.description}: ${worst.detail}` : ""}`,
  };
}

function judgeClose(rtol: number, atol: number, pairs: readonly Pair[]): Judgement {
  if (pairs.length === 0) throw new ParameterError("pairs", pairs, "at least one pair");
  let worst: { pair: Pair; abs: number; rel: number; ratio: number } | undefined;
  let outside = 0;
  let worstAbs = 0;
  let worstRel = 0;
  for (const pair of pairs) {
    const a = parts(pair.actual, `${pair.label} (actual)`);
    const b = parts(pair.expected, `${pair.label} (expected)`);
    const abs = Math.hypot(a.re - b.re, a.im - b.im);
    const scale = Math.max(Math.hypot(a.re, a.im), Math.hypot(b.re, b.im));
    const rel = scale === 0 ? 0 : abs / scale;
    const allowed = atol + rtol * scale;
    const ratio = allowed === 0 ? (abs === 0 ? 0 : Infinity) : abs / allowed;
    if (!(abs <= allowed)) outside++;
    worstAbs = Math.max(worstAbs, abs);
    worstRel = Math.max(worstRel, rel);
    if (worst === undefined || ratio > worst.ratio) worst = { pair, abs, rel, ratio };
  }
  const w = worst!;
  const measuredError = rtol === 0 ? worstAbs : atol === 0 ? worstRel : worstAbs;
  return {
    verdict: outside === 0 ? "holds" : "fails",
    measuredError,
    detail:
      `${pairs.length === 1 ? "" : `${outside}/${pairs.length} pairs outside; worst `}${w.pair.label}: ${value(w.pair.actual)} vs ${value(w.pair.expected)}, ` +
      `|Δ| = ${num(w.abs)} (rel. ${num(w.rel)}, ${num(w.ratio, 3)}× the allowance ${closeText(rtol, atol)})`,
  };
}

function judgeFactor(limit: number, pairs: readonly Pair[]): Judgement {
  if (pairs.length === 0) throw new ParameterError("pairs", pairs, "at least one pair");
  let worst = 1;
  let worstPair = pairs[0];
  for (const pair of pairs) {
    const a = real(pair.actual, pair.label);
    const b = real(pair.expected, pair.label);
    const ratio = a === 0 || b === 0 || Math.sign(a) !== Math.sign(b) ? Infinity : Math.max(a / b, b / a);
    if (ratio > worst || (ratio === Infinity && worst !== Infinity)) {
      worst = ratio;
      worstPair = pair;
    }
  }
  return {
    verdict: worst <= limit ? "holds" : "fails",
    measuredError: worst,
    detail: `worst ${worstPair.label}: ${value(worstPair.actual)} vs ${value(worstPair.expected)}, ratio ${Number.isFinite(worst) ? worst.toFixed(4) : "∞ (zero or opposite signs)"} (within a factor ${formatLimit(limit)})`,
  };
}

function judgeIdentity(rtol: number, atol: number, m: IdentityMeasurement): Judgement {
  let evaluated = 0;
  let failures = 0;
  let worstRel = 0;
  let worstRatio = -1;
  let worstSample: IdentityMeasurement["samples"][number] | undefined;
  for (const s of m.samples) {
    if (s.a === null && s.b === null) continue;
    evaluated++;
    let rel = Infinity;
    let ratio = Infinity;
    if (s.a !== null && s.b !== null) {
      const d = Math.hypot(s.a.re - s.b.re, s.a.im - s.b.im);
      const size = Math.max(Math.hypot(s.a.re, s.a.im), Math.hypot(s.b.re, s.b.im));
      rel = size === 0 ? 0 : d / size;
      const allowed = atol + rtol * size;
      ratio = allowed === 0 ? (d === 0 ? 0 : Infinity) : d / allowed;
      if (!(d <= allowed)) failures++;
    } else {
      failures++;
    }
    worstRel = Math.max(worstRel, rel);
    if (ratio > worstRatio) {
      worstRatio = ratio;
      worstSample = s;
    }
  }
  const enough = evaluated * 2 >= m.points && evaluated > 0;
  const numericPasses = failures === 0 && enough;
  const numericText =
    `numeric: ${evaluated}/${m.points} points evaluated, max rel. difference ${num(worstRel)} (${closeText(rtol, atol)})` +
    (!enough ? "; fewer than half the points evaluated" : "") +
    (worstSample && failures > 0 ? `; worst at ${Object.entries(worstSample.point).map(([k, v]) => `${k}=${num(v)}`).join(", ")}: ${valueOrNull(worstSample.a)} vs ${valueOrNull(worstSample.b)}` : "");
  const detail = `engine: ${m.engine} (${m.engineDetail}); ${numericText}`;
  if (m.engine === "unknown") {
    return { verdict: "undecided", measuredError: worstRel, detail, undecided: { step: "identity: engine", reason: `${m.engineDetail} (numeric half: ${numericPasses ? "agrees" : "disagrees"})` } };
  }
  if (m.engine === "zero" && !numericPasses) {
    return { verdict: "error", measuredError: worstRel, detail: `the engine says a − b = 0 but the numeric evaluation disagrees — one evaluator is wrong; ${detail}` };
  }
  return { verdict: m.engine === "zero" && numericPasses ? "holds" : "fails", measuredError: worstRel, detail };
}

function pairsOf(criterion: Criterion, m: Measurement): readonly Pair[] {
  return expect(criterion, m, "pairs").pairs;
}

function expect<K extends Measurement["kind"]>(criterion: Criterion, m: Measurement, kind: K): Extract<Measurement, { kind: K }> {
  if (m.kind !== kind) throw new ParameterError("measurement.kind", m.kind, `'${kind}' for a ${criterion.kind} criterion`);
  return m as Extract<Measurement, { kind: K }>;
}

function finite(x: number, label: string, j: Judgement): Judgement {
  if (Number.isNaN(x)) throw new ParameterError(label, x, "a number (the measurement is NaN)");
  return j;
}

function parts(x: number | ComplexParts, label: string): ComplexParts {
  const z = typeof x === "number" ? { re: x, im: 0 } : x;
  if (Number.isNaN(z.re) || Number.isNaN(z.im)) throw new ParameterError(label, x, "a number (the measurement is NaN)");
  return z;
}

function real(x: number | ComplexParts, label: string): number {
  const z = parts(x, label);
  if (z.im !== 0) throw new ParameterError(label, x, "a real number for a factor criterion");
  return z.re;
}

function value(x: number | ComplexParts): string {
  return typeof x === "number" ? num(x, 10) : `${num(x.re, 10)}${x.im < 0 ? "−" : "+"}${num(Math.abs(x.im), 10)}i`;
}

function valueOrNull(x: ComplexParts | null): string {
  return x === null ? "not finite" : value(x);
}

/** A number in reports: 4 significant digits (10 for compared values), exponent form outside [1e-3, 1e5). */
export function num(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return "0";
  const abs = Math.abs(x);
  return abs >= 1e-3 && abs < 1e5 ? String(Number(x.toPrecision(digits))) : x.toExponential(digits - 1);
}

function closeText(rtol: number, atol: number): string {
  if (rtol === 0) return `≤ ${formatLimit(atol)}`;
  if (atol === 0) return `≤ ${formatLimit(rtol)}·max(|a|,|b|)`;
  return `≤ ${formatLimit(atol)} + ${formatLimit(rtol)}·max(|a|,|b|)`;
}
