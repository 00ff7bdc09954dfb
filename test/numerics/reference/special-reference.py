"""Reference values for test/numerics/special.test.ts, computed with mpmath at 50 digits.

Run:  python3 test/numerics/reference/special-reference.py
The printed table is pasted into the test; each argument is the double nearest to its decimal
text, taken exactly; each value is the double nearest to the 50-digit result.
"""
from mpmath import mp, mpf, exp, log, log1p, coth, expm1

mp.dps = 50


def fermi(x):
    return 1 / (1 + exp(x))


def h(p):
    return -p * log(p) - (1 - p) * log1p(-p)  # log1p: 1 - 1e-300 is 1 at 50 digits


def D(text):
    """The double nearest to the decimal text, converted exactly (the input the test passes)."""
    return mpf(float(text))


rows = []
for x in ["-745", "-40", "-1", "-1e-8", "0.5", "3", "36", "700"]:
    rows.append(("fermiArg", x, fermi(D(x))))
for x in ["1e-300", "1e-10", "0.001", "0.0624", "0.0626", "0.5", "1", "5", "18", "-0.3"]:
    rows.append(("coth", x, coth(D(x))))
for x in ["-745", "-700", "-30", "-1e-3", "0", "1e-3", "20", "40", "800"]:
    rows.append(("log1pExp", x, log1p(exp(D(x)))))
for x in ["1e-300", "1e-20", "1e-8", "0.001", "0.1", "0.3", "0.5", "0.75", "0.999"]:
    rows.append(("binaryEntropy", x, h(D(x))))
for x in ["1e-300", "1e-12", "1e-3", "0.5", "3", "40", "700"]:
    rows.append(("bose", x, 1 / expm1(D(x))))
for x in ["0", "1", "-2.5", "30", "700"]:
    # dimensionless f(1 - f) at argument x
    f = fermi(D(x))
    rows.append(("fermiWeight", x, f * (1 - f)))

for name, x, v in rows:
    print(f'  ["{name}", {x}, {float(v)!r}],')
