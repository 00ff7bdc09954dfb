"""Python client of `qtherm serve`: qtherm's quantities, claims and verification from Python.

Standard library only. One qtherm process serves every call (no start-up cost per call);
requests are pipelined, so a sweep of hundreds of points takes about a second.

    from qtherm import Qtherm, ParameterError

    with Qtherm() as q:
        q.eval("coupled-tls", "heat-current-A", epsilon=0.01)              # a float
        rho = q.eval("coupled-tls", "steady-state", betaA=0.5)              # {"re": 4x4, "im": 4x4}
        table = q.sweep("oscillator-mediator", "conductance", T=[0.5, 1, 2], D=[1, 2])
        table.columns                                   # ['T', 'D', 'conductance']
        table.rows[0]                                   # {'T': 0.5, 'D': 1, 'conductance': ...}
        table.column("conductance")                     # 6 values: the outer product, T slowest
        q.sweep("coupled-tls", "heat-current-A", epsilon=[0.01, 0.1], betaA=[0.5, 1], zipped=True)  # 2 points
        q.verify("coupled-tls/hot-to-cold", runs=5)["verdicts"][0]["status"]    # 'holds'
        q.eval("coupled-tls", "heat-current-A", gammaA=0)   # raises ParameterError naming 'gammaA'

Which qtherm runs: `command` (a list of arguments), else the environment variable
QTHERM_SERVE_COMMAND (a command line), else `qtherm serve` when `qtherm` is on the PATH,
else `npx --no-install qtherm serve` (in a project that has qtherm in node_modules).
Errors from qtherm are raised as QthermError (ParameterError for bad input, with
.parameter) carrying qtherm's message. Leaving the `with` block (or close()) ends the
process; nothing is left running.
"""
import itertools
import json
import os
import shlex
import shutil
import subprocess
import threading

__all__ = ["Qtherm", "QthermError", "ParameterError", "Table", "SERVE_PROTOCOL"]

SERVE_PROTOCOL = "qtherm-serve/1"

# Bytes of requests in flight before the client reads answers: below a pipe's capacity
# (64 KiB on Linux), so neither side ever blocks on a full pipe.
_WINDOW_BYTES = 32 * 1024


class QthermError(Exception):
    """An error reported by qtherm: .message is qtherm's message, .type its error class."""

    def __init__(self, message, type_="QthermError", parameter=None):
        super().__init__(message)
        self.message = message
        self.type = type_
        self.parameter = parameter


class ParameterError(QthermError, ValueError):
    """Bad input (unknown model, quantity or parameter, or a value outside its domain): .parameter names it."""


class Table:
    """The result of a sweep: one row per point (a dict of the swept parameters and the value)."""

    def __init__(self, columns, rows):
        self.columns = list(columns)
        self.rows = rows

    def column(self, name):
        """The values of one column, in row order."""
        return [row[name] for row in self.rows]

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def __getitem__(self, index):
        return self.rows[index]

    def __repr__(self):
        return "Table(columns=%r, rows=%d)" % (self.columns, len(self.rows))


def _default_command():
    configured = os.environ.get("QTHERM_SERVE_COMMAND")
    if configured:
        return shlex.split(configured)
    if shutil.which("qtherm"):
        return ["qtherm", "serve"]
    return ["npx", "--no-install", "qtherm", "serve"]


class Qtherm:
    """A running `qtherm serve` process. Use as a context manager, or call close()."""

    def __init__(self, command=None, cwd=None):
        self.command = list(command) if command else _default_command()
        self._next_id = 0
        self._lock = threading.Lock()
        self.process = subprocess.Popen(
            self.command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1
        )
        self._stderr = []
        self._stderr_reader = threading.Thread(target=self._drain_stderr, daemon=True)
        self._stderr_reader.start()
        greeting = self._read_line()
        try:
            hello = json.loads(greeting)
        except ValueError:
            self.close()
            raise QthermError("qtherm serve did not greet with its protocol line but with %r%s" % (greeting, self._stderr_text()))
        if hello.get("protocol") != SERVE_PROTOCOL:
            self.close()
            raise QthermError("qtherm serve speaks %r, this client %r" % (hello.get("protocol"), SERVE_PROTOCOL))
        self.version = hello.get("qtherm")
        self.ops = hello.get("ops", [])

    # -- public API ------------------------------------------------------------------------

    def eval(self, model, quantity, **params):
        """One quantity at the given parameters (others at their defaults), in the shape of `qtherm eval --json`."""
        return self._call({"op": "eval", "model": model, "quantity": quantity, "params": {k: _plain_value(v) for k, v in params.items()}})

    def sweep(self, model, quantity, zipped=False, **params):
        """The quantity on a grid: list-valued parameters are swept, scalars fixed.

        Default: the outer product of the lists, the first list varying slowest (as
        `qtherm eval --grid`). zipped=True: the lists are taken element by element (equal
        lengths). Returns a Table with the swept parameters and the quantity as columns.
        """
        axes = [(k, list(v)) for k, v in params.items() if isinstance(v, (list, tuple)) or _is_array(v)]
        fixed = {k: _plain_value(v) for k, v in params.items() if not (isinstance(v, (list, tuple)) or _is_array(v))}
        names = [k for k, _ in axes]
        if zipped:
            lengths = {len(v) for _, v in axes}
            if len(lengths) > 1:
                raise ParameterError("zipped sweep: the lists have different lengths %s" % {k: len(v) for k, v in axes}, "ParameterError", names[0])
            points = list(zip(*[v for _, v in axes])) if axes else [()]
        else:
            points = list(itertools.product(*[v for _, v in axes]))
        requests = [{"op": "eval", "model": model, "quantity": quantity, "params": dict(fixed, **dict(zip(names, _plain(point))))} for point in points]
        values = self._call_many(requests)
        rows = [dict(dict(zip(names, _plain(point))), **{quantity: value}) for point, value in zip(points, values)]
        return Table(names + [quantity], rows)

    def models(self):
        """The models with their quantities (as `qtherm eval --json`)."""
        return self._call({"op": "models"})

    def describe(self, model):
        """A model's quantities and parameters with units and domains (as `qtherm eval <model> --json`)."""
        return self._call({"op": "describe", "model": model})

    def claims(self, pattern=None):
        """Claims with sources, statements and criteria (as `qtherm claims --json`)."""
        return self._call({"op": "claims", "pattern": pattern})

    def verify(self, pattern=None, seed=None, runs=None, path=None):
        """Runs claims; the report of `qtherm verify --json` (report["verdicts"], report["summary"])."""
        return self._call({"op": "verify", "pattern": pattern, "seed": seed, "runs": runs, "path": path})

    def close(self):
        """Ends the qtherm process (end of input, then a kill if it does not exit) and waits for it."""
        process = self.process
        if process.poll() is None:
            try:
                process.stdin.close()
            except OSError:
                pass
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        for stream in (process.stdout, process.stderr, process.stdin):
            try:
                stream.close()
            except (OSError, ValueError):
                pass
        self._stderr_reader.join(timeout=1)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    # -- protocol --------------------------------------------------------------------------

    def _call(self, request):
        return self._call_many([request])[0]

    def _call_many(self, requests):
        """Sends the requests pipelined (a bounded window in flight) and returns their values in order; raises the first error."""
        with self._lock:
            lines = []
            for r in requests:
                self._next_id += 1
                lines.append((self._next_id, json.dumps(dict({k: v for k, v in r.items() if v is not None}, id=self._next_id)) + "\n"))
            results = {}
            sent = answered = in_flight = 0
            sizes = {}
            while answered < len(lines):
                while sent < len(lines) and (in_flight == 0 or in_flight + len(lines[sent][1]) <= _WINDOW_BYTES):
                    rid, text = lines[sent]
                    self._write(text)
                    sizes[rid] = len(text)
                    in_flight += len(text)
                    sent += 1
                self.process.stdin.flush()
                reply = json.loads(self._read_line())
                rid = reply.get("id")
                if rid not in sizes:
                    raise QthermError("qtherm answered an unknown request id %r: %r" % (rid, reply))
                in_flight -= sizes.pop(rid)
                results[rid] = reply
                answered += 1
        values = []
        for rid, _ in lines:
            reply = results[rid]
            if "error" in reply:
                error_type = reply.get("type", "QthermError")
                cls = ParameterError if error_type == "ParameterError" else QthermError
                raise cls(reply["error"], error_type, reply.get("parameter"))
            values.append(reply.get("value"))
        return values

    def _write(self, text):
        try:
            self.process.stdin.write(text)
        except (BrokenPipeError, OSError):
            raise QthermError("qtherm serve is not running (exit code %s)%s" % (self.process.poll(), self._stderr_text()))

    def _read_line(self):
        line = self.process.stdout.readline()
        if not line:
            code = self.process.wait(timeout=10)
            raise QthermError("qtherm serve ended (exit code %s)%s" % (code, self._stderr_text()))
        return line

    def _drain_stderr(self):
        try:
            for line in self.process.stderr:
                self._stderr.append(line)
                del self._stderr[:-40]
        except (OSError, ValueError):
            pass

    def _stderr_text(self):
        text = "".join(self._stderr).strip()
        return (": " + text) if text else ""


def _is_array(value):
    return hasattr(value, "tolist") and getattr(value, "ndim", 0) == 1


def _plain_value(value):
    """A numpy scalar as a Python number (json cannot write numpy scalars)."""
    return value.item() if hasattr(value, "item") and getattr(value, "ndim", 0) == 0 else value


def _plain(point):
    return tuple(_plain_value(v) for v in point)
