#!/usr/bin/env python3
"""An independent NumPy solver of the resonant-level-probes model without probe, for `qtherm check-solver`.

    qtherm check-solver resonant-level-probes --exec "python3 examples/python/resonant_level_numpy_solver.py"

Model (Kulkarni, Tiwari, Segal, eqs. (1)-(3), (7), (8), (10)): a level eps_d between two
grains L, R of N levels in [-D, D] ('midpoint' eps_k = -D + (k + 1/2) dE for both grains,
'staggered' R levels at -D + k dE, dE = 2D/N), hopping v_nu = sqrt(Gamma_nu dE / pi). At
t = 0 the level is empty and the grains are Fermi seas at the common beta and mu_L, mu_R.
Exact evolution of the single-particle star Hamiltonian: n_j(t) = sum_i c_i |U_ij|^2,
U = exp(-i h t). Returns {"dot", "L", "R"}, grain levels ascending in energy.
Units hbar = k_B = 1. Needs numpy; no qtherm code is used.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "adapters", "python"))
from qtherm_solver import quantity, serve  # noqa: E402


def fermi(energy, beta, mu):
    return 0.5 * (1 - np.tanh(0.5 * beta * (energy - mu)))


@quantity("populations-exact")
def populations_exact(p):
    n, d = int(p["N"]), p["D"]
    de = 2 * d / n
    levels_l = -d + (np.arange(n) + 0.5) * de
    levels_r = -d + (np.arange(n) + (0.0 if p["grid"] == "staggered" else 0.5)) * de
    size = 1 + 2 * n
    h = np.zeros((size, size))
    h[0, 0] = p["epsilonD"]
    h[np.arange(1, size), np.arange(1, size)] = np.concatenate([levels_l, levels_r])
    hop = np.concatenate([np.full(n, np.sqrt(p["GammaL"] * de / np.pi)), np.full(n, np.sqrt(p["GammaR"] * de / np.pi))])
    h[0, 1:] = h[1:, 0] = hop
    initial = np.concatenate([[0.0], fermi(levels_l, p["beta"], p["muL"]), fermi(levels_r, p["beta"], p["muR"])])
    lam, v = np.linalg.eigh(h)
    u = (v * np.exp(-1j * lam * p["t"])) @ v.T
    occupations = initial @ np.abs(u) ** 2
    return {"dot": occupations[0], "L": occupations[1 : 1 + n], "R": occupations[1 + n :]}


if __name__ == "__main__":
    serve(model="resonant-level-probes", name="resonant_level_numpy_solver.py (NumPy eigh)")
