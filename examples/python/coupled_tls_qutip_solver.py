#!/usr/bin/env python3
"""A QuTiP solver of the coupled-tls model, served to `qtherm check-solver`.

    qtherm check-solver coupled-tls --exec "python3 examples/python/coupled_tls_qutip_solver.py"

Needs QuTiP (written against 4.7; Debian: apt-get install python3-qutip). The model is
built from QuTiP's operators: a = destroy(2) x 1 and b = sigmaz x destroy(2) (Jordan-Wigner
with A first; QuTiP's tensor order with |0> first is qtherm's basis |n_A n_B> = 00, 01, 10,
11), collapse operators sqrt(rate)*L for the two thermalizers (and, for incoherent
coupling, for the stochastic hops a^dag b, b^dag a at rate eps), and qutip.steadystate. J_A = Tr(rho_s L_A^dag(H_S)) with L_A^dag(X) =
sum_k r_k (L_k^dag X L_k - {L_k^dag L_k, X}/2) over bath A's jumps. Units hbar = k_B = 1.
"""
import math
import os
import sys

import numpy as np
import qutip

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "adapters", "python"))
from qtherm_solver import quantity, serve  # noqa: E402

# In the Fock basis of destroy(2), sigmaz() = diag(1, -1) = (-1)^n: the Jordan-Wigner string of mode A.
A = qutip.tensor(qutip.destroy(2), qutip.qeye(2))
B = qutip.tensor(qutip.sigmaz(), qutip.destroy(2))


def hamiltonian(p):
    h = p["omegaA"] * A.dag() * A + p["omegaB"] * B.dag() * B
    if p["coupling"] == "coherent":
        h += p["epsilon"] * (A.dag() * B + B.dag() * A)
    return h


def bath_jumps(p, bath):
    c = A if bath == "A" else B
    omega, gamma, beta = (p["omegaA"], p["gammaA"], p["betaA"]) if bath == "A" else (p["omegaB"], p["gammaB"], p["betaB"])
    return [(gamma, c), (gamma * math.exp(-beta * omega), c.dag())]


def steady(p):
    jumps = bath_jumps(p, "A") + bath_jumps(p, "B")
    if p["coupling"] == "incoherent":
        jumps += [(p["epsilon"], A.dag() * B), (p["epsilon"], B.dag() * A)]
    return qutip.steadystate(hamiltonian(p), [math.sqrt(rate) * l for rate, l in jumps])


@quantity("steady-state")
def steady_state(p):
    return np.asarray(steady(p).full())


@quantity("heat-current-A")
def heat_current_a(p):
    rho, h = steady(p), hamiltonian(p)
    adjoint = sum(rate * (l.dag() * h * l - 0.5 * (l.dag() * l * h + h * l.dag() * l)) for rate, l in bath_jumps(p, "A"))
    return float(np.real((rho * adjoint).tr()))


if __name__ == "__main__":
    serve(model="coupled-tls", name="coupled_tls_qutip_solver.py (QuTiP %s steadystate)" % qutip.__version__)
