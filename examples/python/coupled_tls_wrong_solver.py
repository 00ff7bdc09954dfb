#!/usr/bin/env python3
"""A deliberately wrong coupled-tls solver: J_A from the formula printed on slide 5.

    qtherm check-solver coupled-tls --exec "python3 examples/python/coupled_tls_wrong_solver.py"

Slide 5 prints the first-order heat current as J_A = eps*omega*(exp(-omega*beta_A) -
exp(-omega*beta_B)): Boltzmann factors where the Fermi occupations f = x/(1 + x) belong
(qtherm's erratum 4 of coupled-tls), and first order in eps only. A solver built on it has
the right sign (the second-law check holds) but the wrong magnitude: qtherm's agreement
check fails, shrinks to a counterexample and prints the command that replays it
(--seed ... --path ...). Used by test/examples/python-solvers.test.ts.
"""
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "adapters", "python"))
from qtherm_solver import quantity, serve  # noqa: E402


@quantity("heat-current-A")
def heat_current_a(p):
    omega = p["omegaA"]
    return p["epsilon"] * omega * (math.exp(-omega * p["betaA"]) - math.exp(-omega * p["betaB"]))


if __name__ == "__main__":
    serve(model="coupled-tls", name="coupled_tls_wrong_solver.py (slide 5's printed J_A)")
