#!/usr/bin/env python3
"""An independent NumPy solver of the set-entropy-production populations, for `qtherm check-solver`.

    qtherm check-solver set-entropy-production --initial thermal \
        --exec "python3 examples/python/set_entropy_numpy_solver.py"

Model (Usui, Ptaszynski, Esposito, Strasberg, Sec. III): a level eps_d coupled to two
finite baths nu = L, R of K_nu levels eps_nuk = (k - 1) W/(K_nu - 1) - W/2 (k = 1..K_nu) by
t_nu = sqrt(Gamma_nu * de_nu / 2pi), de_nu = W/(K_nu - 1). At t = 0 a product state: the
level occupied with n_D, the baths thermal (Fermi at beta_nu, mu_nu) -- so `--initial
thermal` (a pure Fock initial state is drawn with qtherm's own seeded generator). Exact
single-particle evolution of the quadratic Hamiltonian: h = V diag(lambda) V^T,
U = exp(-i h t), n_j(t) = sum_i c_i |U_ij|^2 for C(0) = diag(c). Index order: dot, L modes,
R modes. Units hbar = k_B = 1. Needs numpy; no qtherm code is used.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "adapters", "python"))
from qtherm_solver import quantity, serve  # noqa: E402


def fermi(energy, beta, mu):
    return 0.5 * (1 - np.tanh(0.5 * beta * (energy - mu)))  # 1/(e^x + 1) without overflow


@quantity("populations")
def populations(p):
    if p["initial"] != "thermal":
        raise ValueError("this solver handles thermal initial states only (run with --initial thermal)")
    kl, kr, w = int(p["KL"]), int(p["KR"]), p["W"]
    levels_l = np.arange(kl) * (w / (kl - 1)) - w / 2
    levels_r = np.arange(kr) * (w / (kr - 1)) - w / 2
    t_l = np.sqrt(p["gammaL"] * (w / (kl - 1)) / (2 * np.pi))
    t_r = np.sqrt(p["gammaR"] * (w / (kr - 1)) / (2 * np.pi))
    n = 1 + kl + kr
    h = np.zeros((n, n))
    h[0, 0] = p["epsilonD"]
    h[np.arange(1, n), np.arange(1, n)] = np.concatenate([levels_l, levels_r])
    h[0, 1:] = h[1:, 0] = np.concatenate([np.full(kl, t_l), np.full(kr, t_r)])
    initial = np.concatenate([[p["nD"]], fermi(levels_l, p["betaL"], p["muL"]), fermi(levels_r, p["betaR"], p["muR"])])
    lam, v = np.linalg.eigh(h)
    u = (v * np.exp(-1j * lam * p["t"])) @ v.T
    return initial @ np.abs(u) ** 2


if __name__ == "__main__":
    serve(model="set-entropy-production", name="set_entropy_numpy_solver.py (NumPy eigh, thermal initial states)")
