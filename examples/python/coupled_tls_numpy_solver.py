#!/usr/bin/env python3
"""An independent NumPy solver of the coupled-tls model, served to `qtherm check-solver`.

    qtherm check-solver coupled-tls --exec "python3 examples/python/coupled_tls_numpy_solver.py"

Model (Diosi, "Autonomy of coupled quantum thermodynamic systems", slides 1-5): two
fermionic levels A, B (Jordan-Wigner, A first: a = sigma^- x 1, b = Z x sigma^-, basis
|n_A n_B> = 00, 01, 10, 11), each thermalized by its bath nu: jump c at rate Gamma_nu
(emission) and c^dag at rate Gamma_nu exp(-beta_nu omega_nu) (absorption). Coupling:
  coherent:   H = omega_A n_A + omega_B n_B + eps (a^dag b + b^dag a)             (slide 2)
  incoherent: H = omega (n_A + n_B), jumps a^dag b and b^dag a at rate eps each   (slide 3)
The steady state is the normalized null vector of the 16x16 Liouvillian (row-major vec,
vec(A rho B) = (A kron B^T) vec(rho)), found by replacing one balance equation with the
trace condition. J_A = Tr(rho_s L_A^dag(H_S)), L_A the dissipator of bath A alone, H_S the
full system Hamiltonian. Units hbar = k_B = 1. Needs numpy; no qtherm code is used.
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "adapters", "python"))
from qtherm_solver import quantity, serve  # noqa: E402

SIGMA_MINUS = np.array([[0.0, 1.0], [0.0, 0.0]])
A = np.kron(SIGMA_MINUS, np.eye(2))
B = np.kron(np.diag([1.0, -1.0]), SIGMA_MINUS)
EYE = np.eye(4)


def hamiltonian(p):
    h = p["omegaA"] * A.T @ A + p["omegaB"] * B.T @ B
    if p["coupling"] == "coherent":
        h = h + p["epsilon"] * (A.T @ B + B.T @ A)
    return h.astype(complex)


def bath_jumps(p, bath):
    c = A if bath == "A" else B
    omega, gamma, beta = (p["omegaA"], p["gammaA"], p["betaA"]) if bath == "A" else (p["omegaB"], p["gammaB"], p["betaB"])
    return [(gamma, c), (gamma * np.exp(-beta * omega), c.T)]


def jumps(p):
    out = bath_jumps(p, "A") + bath_jumps(p, "B")
    if p["coupling"] == "incoherent":
        out += [(p["epsilon"], A.T @ B), (p["epsilon"], B.T @ A)]
    return out


def liouvillian(h, jump_list):
    """Row-major vectorisation: vec(A rho B) = kron(A, B^T) vec(rho)."""
    sup = -1j * (np.kron(h, EYE) - np.kron(EYE, h.T))
    for rate, l in jump_list:
        ldl = l.conj().T @ l
        sup += rate * (np.kron(l, l.conj()) - 0.5 * np.kron(ldl, EYE) - 0.5 * np.kron(EYE, ldl.T))
    return sup


def steady_state_matrix(p):
    sup = liouvillian(hamiltonian(p), jumps(p))
    m = sup.copy()
    m[0, :] = EYE.reshape(16)  # Tr rho = 1 replaces one (dependent) balance equation
    rhs = np.zeros(16, dtype=complex)
    rhs[0] = 1.0
    rho = np.linalg.solve(m, rhs).reshape(4, 4)
    return 0.5 * (rho + rho.conj().T)


def adjoint_dissipator(jump_list, x):
    return sum(rate * (l.conj().T @ x @ l - 0.5 * (l.conj().T @ l @ x + x @ l.conj().T @ l)) for rate, l in jump_list)


@quantity("steady-state")
def steady_state(p):
    return steady_state_matrix(p)  # complex 4x4: the adapter sends {"re": ..., "im": ...}


@quantity("heat-current-A")
def heat_current_a(p):
    rho = steady_state_matrix(p)
    return float(np.real(np.trace(rho @ adjoint_dissipator(bath_jumps(p, "A"), hamiltonian(p)))))


if __name__ == "__main__":
    serve(model="coupled-tls", name="coupled_tls_numpy_solver.py (NumPy, 16x16 Liouvillian)")
