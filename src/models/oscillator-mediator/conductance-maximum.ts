import { conductance } from "./analytic.js";
import { conductanceStrongCoupling } from "./analytic-limits.js";
import type { OscillatorMediatorParams } from "./params.js";
import { resolveOscillatorMediatorParams } from "./params.js";

/**
 * The maximum of K(γ̂) of eq. (43) over the coupling γ̂ = γ1 + γ2 (γ1 = γ2) and its strength
 * ΔK̂ = (K_max − K_∞)/K_max, as discussed with Fig. 3 of 002_1f8d4f9374398bb6.txt (Sec. V).
 */
export interface ConductanceMaximum {
  /** γ̂ at the maximum (energy); Infinity when K increases monotonically to K_∞. */
  readonly gammaAtMaximum: number;
  readonly maximum: number;
  /** K_∞ = lim_{γ̂→∞} K (conductanceStrongCoupling). */
  readonly strongCouplingLimit: number;
  /** ΔK̂ = (K_max − K_∞)/K_max (0 when there is no interior maximum). */
  readonly strength: number;
  /** True when an interior maximum above K_∞ exists on the scanned range. */
  readonly interior: boolean;
}

/**
 * Scans log γ̂ over [gammaMin, gammaMax] (points per decade: 12), then refines the best grid
 * point by golden-section search on log γ̂ to relative 1e-6 in γ̂. An interior maximum requires
 * the best point away from the scan ends and K_max > K_∞.
 */
export function conductanceMaximum(p: OscillatorMediatorParams, gammaMin = 1e-2, gammaMax = 1e4): ConductanceMaximum {
  const K = (logGamma: number) => {
    const g = Math.exp(logGamma);
    return conductance(resolveOscillatorMediatorParams({ ...p, gamma1: g / 2, gamma2: g / 2 }));
  };
  const lo = Math.log(gammaMin);
  const hi = Math.log(gammaMax);
  const n = Math.ceil(12 * Math.log10(gammaMax / gammaMin));
  let best = 0;
  let bestValue = -Infinity;
  const values: number[] = [];
  for (let i = 0; i <= n; i++) {
    const v = K(lo + ((hi - lo) * i) / n);
    values.push(v);
    if (v > bestValue) {
      bestValue = v;
      best = i;
    }
  }
  const limit = conductanceStrongCoupling(resolveOscillatorMediatorParams({ ...p, gamma1: 1, gamma2: 1 }));
  if (best === 0 || best === n || bestValue <= limit) {
    return { gammaAtMaximum: Infinity, maximum: Math.max(bestValue, limit), strongCouplingLimit: limit, strength: 0, interior: false };
  }
  // golden-section search on [x_{best−1}, x_{best+1}]
  let a = lo + ((hi - lo) * (best - 1)) / n;
  let b = lo + ((hi - lo) * (best + 1)) / n;
  const phi = (Math.sqrt(5) - 1) / 2;
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = K(c);
  let fd = K(d);
  while (b - a > 1e-6) {
    if (fc > fd) {
      b = d;
      d = c;
      fd = fc;
      c = b - phi * (b - a);
      fc = K(c);
    } else {
      a = c;
      c = d;
      fc = fd;
      d = a + phi * (b - a);
      fd = K(d);
    }
  }
  const x = (a + b) / 2;
  const maximum = K(x);
  return { gammaAtMaximum: Math.exp(x), maximum, strongCouplingLimit: limit, strength: (maximum - limit) / maximum, interior: true };
}
