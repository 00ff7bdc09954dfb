/**
 * Exact finite-bath dynamics of the oscillator mediator (002_1f8d4f9374398bb6.txt): the O(n²)
 * arrowhead normal modes of the mass-weighted Hessian against the dense O(n³) fallback, and the
 * cost of one time point of the covariance evolution (4 observables). Reference point ω0 = 1,
 * γ1 = γ2 = 0.5, D = 2, Δ = 0.05, NΔ = 20 (n = 801); OSCILLATOR_BENCH_N changes N.
 * Requirement: normal modes ≥ 5× faster on the arrowhead path, plateaus equal to 1e-10.
 */
import { drudeUllersmaBath, finiteBathPlateau, mediatorHessian } from "../src/models/oscillator-mediator/exact.js";
import { resolveOscillatorMediatorParams } from "../src/models/oscillator-mediator/params.js";
import { arrowheadToDense, normalModesDense, normalModesFromArrowhead } from "../src/physics/gaussian-bosons/index.js";
import { timed, type BenchReport } from "./bench-report.js";

export function runBench(): BenchReport {
  const N = Number(process.env.OSCILLATOR_BENCH_N ?? 400);
  const spacing = 20 / N;
  const h = mediatorHessian(1, [drudeUllersmaBath(0.5, 2, N, spacing), drudeUllersmaBath(0.5, 2, N, spacing)]);
  const arrow = timed(() => normalModesFromArrowhead(h), 3);
  const dense = timed(() => normalModesDense(arrowheadToDense(h)), 1);
  let worst = 0;
  arrow.result.frequencies.forEach((w, k) => (worst = Math.max(worst, Math.abs(w - dense.result.frequencies[k]) / w)));
  const p = resolveOscillatorMediatorParams({ gamma1: 0.5, gamma2: 0.5, D: 2, T1: 2, T2: 0.5, bathModes: N, modeSpacing: spacing, tStart: 30, tEnd: 0.85 * ((2 * Math.PI) / spacing), timeSamples: 5 });
  const a = timed(() => finiteBathPlateau(p, "arrowhead"), 1);
  const d = timed(() => finiteBathPlateau(p, "dense"), 1);
  const agreement = Math.abs(a.result.current - d.result.current) / Math.abs(d.result.current);
  const ratio = dense.milliseconds / arrow.milliseconds;
  return {
    name: "oscillator-mediator modes",
    lines: [
      `n = ${2 * N + 1}: normal modes arrowhead ${arrow.milliseconds.toFixed(1)} ms, dense ${dense.milliseconds.toFixed(1)} ms (ratio ${ratio.toFixed(1)}); max relative frequency difference ${worst.toExponential(2)}`,
      `plateau (5 time points): arrowhead ${a.milliseconds.toFixed(0)} ms, dense ${d.milliseconds.toFixed(0)} ms; J = ${a.result.current.toPrecision(12)} vs ${d.result.current.toPrecision(12)} (relative ${agreement.toExponential(2)})`,
    ],
    passed: ratio >= 5 && agreement <= 1e-10,
    requirement: `arrowhead normal modes ≥ 5× faster than dense at n = ${2 * N + 1}, plateau currents equal to 1e-10`,
  };
}
