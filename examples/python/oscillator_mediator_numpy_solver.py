#!/usr/bin/env python3
"""An independent NumPy solver of the oscillator-mediator steady state, for `qtherm check-solver`.

    qtherm check-solver oscillator-mediator --exec "python3 examples/python/oscillator_mediator_numpy_solver.py"

Instead of the paper's root sums (42)-(43) it uses the Landauer-Caroli form of a harmonic
junction (A. Dhar, Adv. Phys. 57, 457 (2008), Sec. 4) with the Drude-Ullersma friction
kernel gamma_nu D exp(-D|t|) of eq. (15):
    J_th = (1/2pi) int_0^inf w T(w) [n(w, T1) - n(w, T2)] dw,
    K(T) = (1/2pi) int_0^inf T(w) w^2 / (4 T^2 sinh^2(w/2T)) dw,
    T(w) = 4 G1 G2 / |w0^2 - w^2 + D g w^2/(D^2 + w^2) + i D^2 g w/(D^2 + w^2)|^2,
    G_nu = g_nu w D^2/(D^2 + w^2), g = g_1 + g_2,
with n the Bose function. Quadrature: adaptive Gauss-Kronrod (7, 15) over panels with
breakpoints at the resonance, at D and at the temperatures, and the tail [c, inf) mapped by
w = c/u, to relative accuracy ~1e-11. Units hbar = k_B = m = 1. Needs numpy only.
"""
import heapq
import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "adapters", "python"))
from qtherm_solver import quantity, serve  # noqa: E402

XK = np.array([0.991455371120812639, 0.949107912342758525, 0.864864423359769073, 0.741531185599394440, 0.586087235467691130, 0.405845151377397167, 0.207784955007898468, 0.0])
WK = np.array([0.022935322010529225, 0.063092092629978553, 0.104790010322250184, 0.140653259715525919, 0.169004726639267903, 0.190350578064785410, 0.204432940075298892, 0.209482141084727828])
WG = np.array([0.129484966168869693, 0.279705391489276668, 0.381830050505118945, 0.417959183673469388])
NODES = np.concatenate([-XK[:-1], XK[::-1]])  # 15 Kronrod nodes on [-1, 1], ascending
KRONROD = np.concatenate([WK[:-1], WK[::-1]])
GAUSS = np.zeros(15)
GAUSS[[1, 3, 5, 7, 9, 11, 13]] = np.concatenate([WG[:3], [WG[3]], WG[2::-1]])


def gk15(f, a, b):
    c, h = 0.5 * (a + b), 0.5 * (b - a)
    y = f(c + h * NODES)
    k, g = h * (KRONROD @ y), h * (GAUSS @ y)
    return k, abs(k - g)


def adaptive(f, panels, rtol=1e-11, max_pieces=4000):
    """Globally adaptive: bisect the panel with the largest error until sum(errors) <= rtol*|total|."""
    heap = []
    for a, b in panels:
        v, e = gk15(f, a, b)
        heap.append((-e, a, b, v))
    heapq.heapify(heap)
    total = sum(item[3] for item in heap)
    error = -sum(item[0] for item in heap)
    while error > rtol * abs(total) and error > 0 and len(heap) < max_pieces:
        e, a, b, v = heapq.heappop(heap)
        m = 0.5 * (a + b)
        if not a < m < b:
            heapq.heappush(heap, (e, a, b, v))
            break
        v1, e1 = gk15(f, a, m)
        v2, e2 = gk15(f, m, b)
        heapq.heappush(heap, (-e1, a, m, v1))
        heapq.heappush(heap, (-e2, m, b, v2))
        total += v1 + v2 - v
        error += e1 + e2 + e
    return sum(item[3] for item in heap)


def half_line(f, breakpoints):
    points = sorted({x for x in breakpoints if x > 0 and math.isfinite(x)})
    points = [0.0] + points
    c = points[-1]

    def tail(u):
        with np.errstate(divide="ignore", invalid="ignore"):
            out = f(c / u) * c / (u * u)
        return np.where(u == 0, 0.0, out)

    return adaptive(f, list(zip(points[:-1], points[1:]))) + adaptive(tail, [(0.0, 1.0)])


def transmission(w, p):
    g = p["gamma1"] + p["gamma2"]
    drude = p["D"] ** 2 / (p["D"] ** 2 + w * w)
    re = p["omega0"] ** 2 - w * w + g * w * w * drude / p["D"]
    im = g * w * drude
    return 4 * (p["gamma1"] * w * drude) * (p["gamma2"] * w * drude) / (re * re + im * im)


def breakpoints(p, temperatures):
    g = p["gamma1"] + p["gamma2"]
    w0 = p["omega0"]
    return [w0 - 10 * g, w0 - g, w0, w0 + g, w0 + 10 * g, p["D"]] + [3 * t for t in temperatures]


def bose_difference(w, t1, t2):
    """n(w, T1) - n(w, T2) without cancellation near T1 = T2."""
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        n2 = 1 / np.expm1(w / t2)
        diff = n2 * np.expm1(w * (t1 - t2) / (t1 * t2)) / -np.expm1(-w / t1)
        return np.where(n2 == 0, 1 / np.expm1(w / t1), diff)


@quantity("heat-current")
def heat_current(p):
    t1, t2 = p["T1"], p["T2"]
    if t1 == t2:
        return 0.0

    def f(w):
        with np.errstate(divide="ignore", invalid="ignore"):
            out = w * transmission(w, p) * bose_difference(w, t1, t2)
        return np.where(w == 0, 0.0, np.nan_to_num(out, nan=0.0))

    return half_line(f, breakpoints(p, [t1, t2])) / (2 * math.pi)


@quantity("conductance")
def conductance(p):
    t = p["T"]

    def f(w):
        x = w / (2 * t)
        with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
            s = np.sinh(np.minimum(x, 350))
            out = transmission(w, p) * w * w / (4 * t * t * s * s)
        return np.where((w == 0) | (x > 350), 0.0, out)

    return half_line(f, breakpoints(p, [t])) / (2 * math.pi)


if __name__ == "__main__":
    serve(model="oscillator-mediator", name="oscillator_mediator_numpy_solver.py (Landauer-Caroli, adaptive Gauss-Kronrod)")
