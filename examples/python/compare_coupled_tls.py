#!/usr/bin/env python3
"""Independent computation of the coupled-tls heat current J_A versus eps/Gamma,
written as a user would, for `qtherm compare --golden coupled-tls/heat-current-vs-coupling`.

Model (Diosi, "Autonomy of coupled quantum thermodynamic systems", slides 2-5):
two fermionic levels A, B at energy omega, each thermalized by its bath nu with
emission rate Gamma and absorption rate Gamma*x_nu, x_nu = exp(-beta_nu*omega).
  incoherent coupling: classical rate equations of the populations p_{n_A n_B}
                       with stochastic hopping 10 <-> 01 at rate eps (slide 3);
  coherent coupling:   Lindblad equation with H = omega(n_A + n_B) + eps(a^dag b + b^dag a),
                       local dissipators, fermions by Jordan-Wigner (A first).
J_A = Tr(rho_s L_A^dag(H_S)), the heat current into the system from bath A.
Units hbar = k_B = 1; defaults are the golden's: omega = Gamma = 1, beta_A = 0.5, beta_B = 2.

usage: python3 compare_coupled_tls.py out.csv [--points 9]
then:  qtherm compare out.csv --golden coupled-tls/heat-current-vs-coupling
"""
import argparse

import numpy as np

OMEGA, GAMMA, BETA_A, BETA_B = 1.0, 1.0, 0.5, 2.0


def incoherent_current(eps):
    """J_A from the 4-state master equation; states 00, 01, 10, 11 = |n_A n_B>."""
    xa, xb = np.exp(-BETA_A * OMEGA), np.exp(-BETA_B * OMEGA)
    rates = np.zeros((4, 4))  # rates[i, j]: from state j to state i, index = 2 n_A + n_B
    for na in (0, 1):
        for nb in (0, 1):
            j = 2 * na + nb
            rates[2 * (1 - na) + nb, j] += GAMMA * (xa if na == 0 else 1.0)  # bath A flips n_A
            rates[2 * na + (1 - nb), j] += GAMMA * (xb if nb == 0 else 1.0)  # bath B flips n_B
    rates[1, 2] += eps  # 10 -> 01
    rates[2, 1] += eps  # 01 -> 10
    w = rates - np.diag(rates.sum(axis=0))
    w[3, :] = 1.0  # normalization replaces one balance equation
    p = np.linalg.solve(w, np.array([0.0, 0.0, 0.0, 1.0]))
    return OMEGA * GAMMA * (xa * (p[0] + p[1]) - (p[2] + p[3]))


def coherent_current(eps):
    """J_A from the steady state of the 16x16 Liouvillian (column-stacking vec).

    J_A is O(eps^2) while rho is O(1): computed as Tr(rho D_A^dag(H)) it loses
    digits to cancellation. We solve for the deviation d = rho - rho0 from the
    eps = 0 steady state rho0 (product of the two thermal states, for which
    Tr(rho0 D_A^dag(H)) = 0 exactly) and take J_A = Tr(d D_A^dag(H)): L d = -L rho0,
    Tr d = 0. Relative accuracy then ~1e-13 instead of ~1e-9 at eps/Gamma = 1e-3.
    """
    c = np.array([[0.0, 1.0], [0.0, 0.0]])  # annihilator in (|0>, |1>)
    z, one = np.diag([1.0, -1.0]), np.eye(2)
    a, b = np.kron(c, one), np.kron(z, c)  # Jordan-Wigner, A first
    h = OMEGA * (a.T @ a + b.T @ b) + eps * (a.T @ b + b.T @ a)
    xa, xb = np.exp(-BETA_A * OMEGA), np.exp(-BETA_B * OMEGA)
    jumps_a = [np.sqrt(GAMMA) * a, np.sqrt(GAMMA * xa) * a.T]
    jumps_b = [np.sqrt(GAMMA) * b, np.sqrt(GAMMA * xb) * b.T]
    eye = np.eye(4)
    sup = -1j * (np.kron(eye, h) - np.kron(h.T, eye))
    for l in jumps_a + jumps_b:
        ldl = l.conj().T @ l
        sup += np.kron(l.conj(), l) - 0.5 * np.kron(eye, ldl) - 0.5 * np.kron(ldl.T, eye)
    fa, fb = xa / (1 + xa), xb / (1 + xb)
    rho0 = np.kron(np.diag([1 - fa, fa]), np.diag([1 - fb, fb])).astype(complex)
    m = np.vstack([sup, eye.reshape(1, 16)])  # append Tr d = 0 (vec of identity)
    rhs = np.concatenate([-sup @ rho0.T.reshape(16), [0.0]])
    d = np.linalg.lstsq(m, rhs, rcond=None)[0].reshape(4, 4).T
    adjoint = sum(l.conj().T @ h @ l - 0.5 * (l.conj().T @ l @ h + h @ l.conj().T @ l) for l in jumps_a)
    return float(np.real(np.trace(d @ adjoint)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="CSV file to write")
    parser.add_argument("--points", type=int, default=9, help="log-spaced grid points in [1e-3, 1] (9 = the ci golden's grid)")
    args = parser.parse_args()
    grid = np.logspace(-3, 0, args.points)
    xa, xb = np.exp(-BETA_A * OMEGA), np.exp(-BETA_B * OMEGA)
    with open(args.out, "w") as f:
        f.write("# coupled-tls J_A vs eps/Gamma, independent numpy implementation\n")
        f.write("epsilonOverGamma,heatCurrentIncoherentExact,heatCurrentCoherentExact,heatCurrentPrinted,heatCurrentFirstOrder\n")
        for r in grid:
            eps = r * GAMMA
            printed = eps * OMEGA * (xa - xb)
            first_order = eps * OMEGA * (xa - xb) / ((1 + xa) * (1 + xb))
            row = [r, incoherent_current(eps), coherent_current(eps), printed, first_order]
            f.write(",".join(repr(float(v)) for v in row) + "\n")


if __name__ == "__main__":
    main()
