/**
 * Grand-canonical expectation values of a set of independent fermionic modes with
 * single-particle energies ε_k: occupations f_k = 1/(1 + e^{β(ε_k − μ)}), particle
 * number N = Σ f_k, energy E = Σ ε_k f_k, von Neumann entropy S = Σ h(f_k).
 * Source: 001_06d9cbfd9396c60e.txt, eq. (3) (π_ν = Π_k π_{ν,k}) and eqs. (5)–(6).
 * Units: ħ = k_B = 1; ε, μ, E in energy units, β in 1/energy, S in nats.
 */
import { ParameterError } from "../../core/errors.js";
import { fermiOfArgument } from "../../numerics/special.js";

/** Validates a list of single-particle energies and returns it as a Float64Array (copied). */
export function validateEnergies(energies: ArrayLike<number>, name = "energies"): Float64Array {
  if (energies === null || typeof energies !== "object" || typeof energies.length !== "number") {
    throw new ParameterError(name, energies, "an array of finite single-particle energies");
  }
  if (energies.length === 0) throw new ParameterError(`${name}.length`, 0, "at least one mode");
  const out = new Float64Array(energies.length);
  for (let k = 0; k < energies.length; k++) {
    const e = energies[k];
    if (!Number.isFinite(e)) throw new ParameterError(`${name}[${k}]`, e, "a finite energy");
    out[k] = e;
  }
  return out;
}

function validateBetaMu(beta: number, mu: number): void {
  if (!Number.isFinite(beta)) throw new ParameterError("beta", beta, "a finite inverse temperature (negative values describe population inversion)");
  if (!Number.isFinite(mu)) throw new ParameterError("mu", mu, "a finite chemical potential");
}

/**
 * Occupations f_k = 1/(1 + e^{β(ε_k − μ)}) of the grand-canonical state π(β, μ) of
 * independent fermionic modes (the diagonal of its correlation matrix, eq. (20) and (B2)
 * of 001_06d9cbfd9396c60e.txt). Sign-split Fermi function: exact 0/1 limits, no NaN.
 * @param energies ε_k (energy units), finite
 * @param beta β (1/energy), finite, any sign; @param mu μ (energy units), finite
 * @throws ParameterError for non-finite input or an empty list
 * @example grandCanonicalOccupations([0, 1], 1, 0) // Float64Array [0.5, 0.2689414213699951]
 */
export function grandCanonicalOccupations(energies: ArrayLike<number>, beta: number, mu: number): Float64Array {
  const e = validateEnergies(energies);
  validateBetaMu(beta, mu);
  for (let k = 0; k < e.length; k++) e[k] = fermiOfArgument(beta * (e[k] - mu));
  return e;
}

/**
 * Particle number N(β, μ) = Σ_k f(β(ε_k − μ)) of the grand-canonical ensemble, eq. (6).
 * @throws ParameterError for non-finite input or an empty list
 * @example grandCanonicalParticleNumber([-1, 0, 1], 2, 0) // 1.4999999999999998 (= 3/2 to 1 ulp, particle–hole symmetric)
 */
export function grandCanonicalParticleNumber(energies: ArrayLike<number>, beta: number, mu: number): number {
  const e = validateEnergies(energies);
  validateBetaMu(beta, mu);
  let n = 0;
  for (let k = 0; k < e.length; k++) n += fermiOfArgument(beta * (e[k] - mu));
  return n;
}

/**
 * Energy E(β, μ) = Σ_k ε_k f(β(ε_k − μ)) of the grand-canonical ensemble, eq. (5).
 * @throws ParameterError for non-finite input or an empty list
 * @example grandCanonicalEnergy([-1, 1], 1, 0) // -0.4621171572600098 (= −tanh(1/2) to 1 ulp)
 */
export function grandCanonicalEnergy(energies: ArrayLike<number>, beta: number, mu: number): number {
  const e = validateEnergies(energies);
  validateBetaMu(beta, mu);
  let sum = 0;
  for (let k = 0; k < e.length; k++) sum += e[k] * fermiOfArgument(beta * (e[k] - mu));
  return sum;
}

/**
 * Von Neumann entropy of the grand-canonical state of independent fermionic modes,
 * S = Σ_k h(f_k) with h the binary entropy (nats) — the entropy 𝒮_ν of eq. (7).
 *
 * Evaluated per mode from x = β(ε − μ) as S_k = |x|·f(|x|) + ln(1 + e^{−|x|}) (the identity
 * h(f(x)) = x f(x) + ln(1 + e^{−x}), symmetric in x), so both terms are non-negative, no
 * logarithm of an underflowed occupation is taken and the tails keep full relative precision.
 * @throws ParameterError for non-finite input or an empty list
 * @example grandCanonicalEntropy([0], 1, 0) // 0.6931471805599453 (ln 2)
 */
export function grandCanonicalEntropy(energies: ArrayLike<number>, beta: number, mu: number): number {
  const e = validateEnergies(energies);
  validateBetaMu(beta, mu);
  let sum = 0;
  for (let k = 0; k < e.length; k++) {
    const ax = Math.abs(beta * (e[k] - mu));
    const t = Math.exp(-ax);
    sum += (ax * t) / (1 + t) + Math.log1p(t);
  }
  return sum;
}
