import { binaryEntropy } from "../../numerics/special.js";
import { effectiveTemperature } from "../../physics/thermo/effective-temperature.js";
import { grandCanonicalEntropy, grandCanonicalOccupations } from "../../physics/thermo/grand-canonical.js";
import { relativeEntropyToGrandCanonical } from "../../physics/thermo/relative-entropy.js";
import type { SetSystem } from "./system.js";

/**
 * Everything that depends only on the mode populations n_j(t) = C_jj(t): O(n²) per time
 * point on the star path (populations) plus O(K) per bath (β*, μ*, entropies).
 * Source: 001_06d9cbfd9396c60e.txt, eqs. (4)–(7), (11), (13), (14).
 */

/** Thermodynamic state of one bath at time t. */
export interface BathState {
  /** E_ν = Σ_k ε_νk n_νk (energy). */
  readonly energy: number;
  /** N_ν = Σ_k n_νk. */
  readonly particles: number;
  /** β*_ν,t, μ*_ν,t from eqs. (5)–(6) (1/energy, energy). */
  readonly beta: number;
  readonly mu: number;
  /** 𝒮_ν(t) = S[π_ν(β*, μ*)] (nats), the grand-canonical entropy below eq. (7). */
  readonly gcEntropy: number;
  /** Σ_k h(n_νk): sum of the single-mode entropies (nats). */
  readonly modeEntropy: number;
  /** Σ_k D[ρ_νk ‖ π_νk(t)] (nats): this bath's part of D*_env, eq. (11). */
  readonly athermality: number;
  /** Σ_k D[π_νk(t) ‖ π_νk(0)] (nats): this bath's part of D^eq_env, eq. (14). */
  readonly finiteBath: number;
}

/** Population-based observables at time t. */
export interface PopulationObservables {
  readonly time: number;
  /** n_j(t), j = 0 … n−1 (index order: dot, L, R). */
  readonly occupations: Float64Array;
  /** n_d(t) = C_dd(t). */
  readonly dotOccupation: number;
  readonly L: BathState;
  readonly R: BathState;
  /** S_S(t) = h(n_d(t)) (nats). */
  readonly systemEntropy: number;
  /** Σ(t) = ΔS_S + Σ_ν Δ𝒮_ν, eq. (7) (nats). */
  readonly entropyProduction: number;
  /** Q_ν(t) = −[ΔE_ν − μ_ν(0) ΔN_ν], heat from bath ν (energy), with μ_ν(0) = μ*_ν,0. */
  readonly heatL: number;
  readonly heatR: number;
  /** σ(t) = ΔS_S − Σ_ν β*_ν,0 Q_ν(t), eq. (13) (nats). */
  readonly sigma: number;
  /** D*_env(t), eq. (11) (nats). */
  readonly localAthermality: number;
  /** D^eq_env(t), eq. (14), computed directly as Σ D[π_νk(t)‖π_νk(0)] (nats). */
  readonly finiteBathEffect: number;
}

/** Initial reference of each bath: β*_ν,0, μ*_ν,0 and 𝒮_ν(0). */
export interface InitialReference {
  readonly betaL: number;
  readonly muL: number;
  readonly betaR: number;
  readonly muR: number;
  readonly gcEntropyL: number;
  readonly gcEntropyR: number;
  readonly systemEntropy: number;
  readonly energyL: number;
  readonly energyR: number;
  readonly particlesL: number;
  readonly particlesR: number;
  /** D*_env(0) (nats): 0 for thermal initial states, > 0 for pure ones (eq. (23)). */
  readonly localAthermality: number;
}

function sums(levels: Float64Array, occupations: Float64Array, offset: number): { energy: number; particles: number; modeEntropy: number } {
  let energy = 0;
  let particles = 0;
  let modeEntropy = 0;
  for (let k = 0; k < levels.length; k++) {
    const x = occupations[offset + k];
    energy += levels[k] * x;
    particles += x;
    modeEntropy += binaryEntropy(x);
  }
  return { energy, particles, modeEntropy };
}

/** β*, μ* of a bath from its energy and particle number (eqs. (5)–(6)); throws DomainError when none exists. */
function bathTemperature(levels: Float64Array, energy: number, particles: number): { beta: number; mu: number } {
  const r = effectiveTemperature(levels, energy, particles);
  return { beta: r.beta, mu: r.mu };
}

/**
 * The initial reference (β*_ν,0, μ*_ν,0, 𝒮_ν(0), S_S(0)): the parameters' β_ν, μ_ν for
 * thermal states (eq. (3)); eqs. (5)–(6) solved on the drawn occupations for pure states.
 * Throws DomainError when a drawn pure state is empty or full in one bath (no finite β*, μ*).
 */
export function initialReference(system: SetSystem): InitialReference {
  const p = system.params;
  const c = system.initialOccupations;
  const l = sums(system.levelsL, c, 1);
  const r = sums(system.levelsR, c, 1 + p.KL);
  const thermal = p.initial === "thermal";
  const tl = thermal ? { beta: p.betaL, mu: p.muL } : bathTemperature(system.levelsL, l.energy, l.particles);
  const tr = thermal ? { beta: p.betaR, mu: p.muR } : bathTemperature(system.levelsR, r.energy, r.particles);
  const athermality = thermal
    ? 0
    : relativeEntropyToGrandCanonical(c.subarray(1, 1 + p.KL), system.levelsL, tl.beta, tl.mu) +
      relativeEntropyToGrandCanonical(c.subarray(1 + p.KL), system.levelsR, tr.beta, tr.mu);
  return {
    betaL: tl.beta,
    muL: tl.mu,
    betaR: tr.beta,
    muR: tr.mu,
    gcEntropyL: grandCanonicalEntropy(system.levelsL, tl.beta, tl.mu),
    gcEntropyR: grandCanonicalEntropy(system.levelsR, tr.beta, tr.mu),
    systemEntropy: binaryEntropy(c[0]),
    energyL: l.energy,
    energyR: r.energy,
    particlesL: l.particles,
    particlesR: r.particles,
    localAthermality: athermality,
  };
}

function bathState(levels: Float64Array, occupations: Float64Array, offset: number, beta0: number, mu0: number): BathState {
  const s = sums(levels, occupations, offset);
  const { beta, mu } = bathTemperature(levels, s.energy, s.particles);
  const populations = occupations.subarray(offset, offset + levels.length);
  const gc = grandCanonicalOccupations(levels, beta, mu);
  return {
    energy: s.energy,
    particles: s.particles,
    beta,
    mu,
    gcEntropy: grandCanonicalEntropy(levels, beta, mu),
    modeEntropy: s.modeEntropy,
    athermality: relativeEntropyToGrandCanonical(populations, levels, beta, mu),
    finiteBath: relativeEntropyToGrandCanonical(gc, levels, beta0, mu0),
  };
}

/**
 * Population-based observables from given occupations n_j(t) (O(K) per bath + the
 * effective-temperature solves). Throws DomainError when a bath is empty or full.
 */
export function observablesFromOccupations(system: SetSystem, reference: InitialReference, time: number, occupations: Float64Array): PopulationObservables {
  const p = system.params;
  const L = bathState(system.levelsL, occupations, 1, reference.betaL, reference.muL);
  const R = bathState(system.levelsR, occupations, 1 + p.KL, reference.betaR, reference.muR);
  const systemEntropy = binaryEntropy(occupations[0]);
  const deltaS = systemEntropy - reference.systemEntropy;
  const entropyProduction = deltaS + (L.gcEntropy - reference.gcEntropyL) + (R.gcEntropy - reference.gcEntropyR);
  const heatL = -(L.energy - reference.energyL - reference.muL * (L.particles - reference.particlesL));
  const heatR = -(R.energy - reference.energyR - reference.muR * (R.particles - reference.particlesR));
  const sigma = deltaS - reference.betaL * heatL - reference.betaR * heatR;
  return {
    time,
    occupations,
    dotOccupation: occupations[0],
    L,
    R,
    systemEntropy,
    entropyProduction,
    heatL,
    heatR,
    sigma,
    localAthermality: L.athermality + R.athermality,
    finiteBathEffect: L.finiteBath + R.finiteBath,
  };
}

/** Population observables at time t (1/energy) on the star path: O(n²). */
export function populationObservables(system: SetSystem, reference: InitialReference, time: number): PopulationObservables {
  const occupations = system.propagator.occupations(time, system.initialOccupations);
  return observablesFromOccupations(system, reference, time, occupations);
}
