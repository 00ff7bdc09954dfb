"""Tests of the Python solver adapter (run by test/examples/python-solvers.test.ts):
    python3 -m unittest discover -s adapters/python -p "test_*.py"
"""
import io
import json
import math
import sys
import unittest

import qtherm_solver
from qtherm_solver import PROTOCOL, Solver, to_json

try:
    import numpy as np
except ImportError:  # the adapter needs no numpy; its numpy conversions are tested when it is there
    np = None


def exchange(solver, *requests, **serve_options):
    """Runs solver.serve on qtherm's side of a conversation; returns the solver's lines, parsed."""
    answer = json.dumps({"protocol": PROTOCOL, "model": "coupled-tls", "ask": sorted(solver.functions), "timeout": 10})
    stdin = io.StringIO("\n".join([answer] + [json.dumps(r) for r in requests]) + "\n")
    stdout = io.StringIO()
    solver.serve(stdin=stdin, stdout=stdout, **serve_options)
    return [json.loads(line) for line in stdout.getvalue().splitlines()]


class ToJson(unittest.TestCase):
    def test_plain_values(self):
        self.assertEqual(to_json({"a": [1, 2.5, True, None, "x"]}), {"a": [1, 2.5, True, None, "x"]})

    def test_complex_matrix_as_re_im(self):
        self.assertEqual(to_json([[1 + 2j, 0], [0, 3j]]), {"re": [[1.0, 0], [0, 0.0]], "im": [[2.0, 0], [0, 3.0]]})

    @unittest.skipIf(np is None, "numpy not installed")
    def test_numpy_arrays_and_scalars(self):
        self.assertEqual(to_json(np.array([[1.0, 2.0], [3.0, 4.0]])), [[1.0, 2.0], [3.0, 4.0]])
        self.assertEqual(to_json(np.eye(2) * (1 + 1j)), {"re": [[1.0, 0.0], [0.0, 1.0]], "im": [[1.0, 0.0], [0.0, 1.0]]})
        self.assertEqual(to_json({"dot": np.float64(0.5), "L": np.arange(3), "n": np.int64(7)}), {"dot": 0.5, "L": [0, 1, 2], "n": 7})


class Serve(unittest.TestCase):
    def test_handshake_then_answers_in_order(self):
        solver = Solver()
        solver.register("heat-current-A", lambda p: p["epsilon"] * 2)
        lines = exchange(solver, {"id": 1, "quantity": "heat-current-A", "params": {"epsilon": 0.25}}, {"id": 2, "quantity": "heat-current-A", "params": {"epsilon": 1}}, model="coupled-tls", name="t")
        self.assertEqual(lines[0], {"protocol": PROTOCOL, "quantities": ["heat-current-A"], "model": "coupled-tls", "solver": "t"})
        self.assertEqual(lines[1:], [{"id": 1, "value": 0.5}, {"id": 2, "value": 2}])

    def test_an_exception_is_an_error_answer_and_print_goes_to_stderr(self):
        solver = Solver()

        @solver.quantity("heat-current-A")
        def broken(params):
            print("debugging output")  # must not reach the protocol's stdout
            raise ValueError("beta too large")

        saved = sys.stderr
        sys.stderr = io.StringIO()
        try:
            lines = exchange(solver, {"id": 7, "quantity": "heat-current-A", "params": {}}, {"id": 8, "quantity": "steady-state", "params": {}})
            log = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
        self.assertEqual(lines[1], {"id": 7, "error": "ValueError: beta too large"})
        self.assertEqual(lines[2], {"id": 8, "error": "this solver does not provide 'steady-state'"})
        self.assertIn("debugging output", log)
        self.assertIn("Traceback", log)

    def test_nan_is_written_as_the_token_nan(self):
        solver = Solver()
        solver.register("heat-current-A", lambda p: float("nan"))
        answer = json.dumps({"protocol": PROTOCOL, "ask": ["heat-current-A"]})
        stdout = io.StringIO()
        solver.serve(stdin=io.StringIO(answer + '\n{"id": 1, "quantity": "heat-current-A", "params": {}}\n'), stdout=stdout)
        self.assertEqual(stdout.getvalue().splitlines()[1], '{"id":1,"value":NaN}')
        self.assertTrue(math.isnan(json.loads(stdout.getvalue().splitlines()[1])["value"]))

    def test_module_level_registration(self):
        self.assertIs(qtherm_solver.quantity("x")(len), len)


if __name__ == "__main__":
    unittest.main()
