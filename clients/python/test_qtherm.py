"""Tests of the Python client of `qtherm serve` (run by test/clients/python-client.test.ts):

    QTHERM_SERVE_COMMAND="node bin/qtherm.js serve" python3 -m unittest discover -s clients/python -p "test_*.py"

Standard library only. QTHERM_SERVE_COMMAND names the server (default: qtherm on the PATH).
"""
import os
import time
import unittest

from qtherm import ParameterError, Qtherm, QthermError, Table


def process_gone(pid, seconds=5.0):
    """True once no process with this id runs (a zombie counts as gone: it has exited)."""
    end = time.time() + seconds
    while time.time() < end:
        try:
            with open("/proc/%d/stat" % pid) as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
            if state == "Z":
                return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


class ClientTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.q = Qtherm()

    @classmethod
    def tearDownClass(cls):
        cls.q.close()

    def test_eval_returns_the_value(self):
        j = self.q.eval("coupled-tls", "heat-current-A", epsilon=0.01)
        self.assertIsInstance(j, float)
        self.assertGreater(j, 0)  # bath A (beta_A = 0.5) is hotter than bath B (beta_B = 2)
        rho = self.q.eval("coupled-tls", "steady-state", betaA=0.5)
        self.assertEqual(len(rho["re"]), 4)
        self.assertAlmostEqual(sum(rho["re"][i][i] for i in range(4)), 1.0, places=12)

    def test_sweep_is_the_outer_product_first_list_slowest(self):
        temperatures, cutoffs = [0.5, 1.0, 2.0], [1.0, 2.0]
        table = self.q.sweep("oscillator-mediator", "conductance", T=temperatures, D=cutoffs)
        self.assertIsInstance(table, Table)
        self.assertEqual(table.columns, ["T", "D", "conductance"])
        self.assertEqual(len(table), 6)
        self.assertEqual([(r["T"], r["D"]) for r in table], [(t, d) for t in temperatures for d in cutoffs])
        for row in table:  # every point equals a single evaluation there
            self.assertEqual(row["conductance"], self.q.eval("oscillator-mediator", "conductance", T=row["T"], D=row["D"]))
        k = table.column("conductance")
        self.assertTrue(all(a < b for a, b in zip(k[0::2], k[2::2])), "K grows with T at fixed D: %s" % k)

    def test_sweep_zipped_and_fixed_parameters(self):
        table = self.q.sweep("coupled-tls", "heat-current-A", epsilon=[0.001, 0.01, 0.1], betaA=[0.5, 0.6, 0.7], zipped=True, coupling="coherent")
        self.assertEqual([(r["epsilon"], r["betaA"]) for r in table], [(0.001, 0.5), (0.01, 0.6), (0.1, 0.7)])
        self.assertEqual(table[1]["heat-current-A"], self.q.eval("coupled-tls", "heat-current-A", epsilon=0.01, betaA=0.6, coupling="coherent"))
        with self.assertRaises(ParameterError):
            self.q.sweep("coupled-tls", "heat-current-A", epsilon=[0.1, 0.2], betaA=[1.0], zipped=True)

    def test_a_sweep_of_hundreds_of_points_is_pipelined(self):
        started = time.time()
        table = self.q.sweep("coupled-tls", "heat-current-A", epsilon=[10 ** (-3 + 3 * i / 399) for i in range(400)])
        self.assertEqual(len(table), 400)
        self.assertLess(time.time() - started, 2.0, "400 evaluations should take well under 2 s (>= 200/s)")

    def test_errors_are_exceptions_with_qtherms_message(self):
        with self.assertRaises(ParameterError) as bad:
            self.q.eval("coupled-tls", "heat-current-A", gammaA=0)
        self.assertEqual(bad.exception.parameter, "gammaA")
        self.assertIn("parameter 'gammaA' = 0 is not allowed", str(bad.exception))
        with self.assertRaises(ParameterError) as unknown:
            self.q.eval("coupled-tls", "heat-curent-A")
        self.assertIn("did you mean 'heat-current-A'", unknown.exception.message)
        self.assertIsInstance(unknown.exception, QthermError)
        self.assertGreater(self.q.eval("coupled-tls", "heat-current-A"), 0, "the server keeps serving after an error")

    def test_claims_and_verify(self):
        claims = self.q.claims("coupled-tls/hot-to-cold")
        self.assertEqual([c["id"] for c in claims], ["coupled-tls/hot-to-cold"])
        report = self.q.verify("coupled-tls/hot-to-cold", runs=3)
        self.assertEqual(report["verdicts"][0]["status"], "holds")


class ShutdownTest(unittest.TestCase):
    def test_leaving_the_with_block_ends_the_process(self):
        with Qtherm() as q:
            pid = q.process.pid
            self.assertGreater(q.eval("coupled-tls", "heat-current-A"), 0)
        self.assertIsNotNone(q.process.poll(), "qtherm serve still running after the with block")
        self.assertEqual(q.process.returncode, 0)
        self.assertTrue(process_gone(pid), "process %d left behind" % pid)

    def test_an_exception_inside_the_block_still_ends_the_process(self):
        with self.assertRaises(ParameterError):
            with Qtherm() as q:
                pid = q.process.pid
                q.eval("coupled-tls", "heat-current-A", betaA=-1)
        self.assertTrue(process_gone(pid), "process %d left behind" % pid)

    def test_a_server_that_cannot_start_is_a_clear_error(self):
        with self.assertRaises((QthermError, OSError)):
            Qtherm(command=["sh", "-c", "echo not-a-greeting; exit 3"])


if __name__ == "__main__":
    unittest.main()
