"""qtherm solver adapter for Python: serve your functions to `qtherm check-solver`.

Standard library only (numpy is optional: arrays and scalars are converted when present).
Register one function per quantity and call serve(); qtherm starts your program, and this
module speaks qtherm's JSON-lines protocol "qtherm-solver/1" over stdin/stdout
(docs/python-and-julia.md):

    from qtherm_solver import quantity, serve

    @quantity("heat-current-A")           # the quantity's name (or the solver-interface method name)
    def heat_current(params):             # params: a dict of the model's parameters (and "t" where the quantity takes a time)
        return 0.0123                     # a number, a list, {"re": ..., "im": ...}, a dict, or numpy values

    if __name__ == "__main__":
        serve(model="coupled-tls")        # model is optional: qtherm refuses a solver that names another model

    $ qtherm check-solver coupled-tls --exec "python3 my_solver.py"

Values: floats and ints as JSON numbers; numpy arrays as nested lists; complex numbers and
complex arrays as {"re": ..., "im": ...} (the shape `qtherm eval --json` prints for a complex
matrix); NaN and infinities are written as NaN/Infinity, which qtherm reports as such.
While a function runs, print() goes to stderr: stdout belongs to the protocol.
An exception in a function is answered as {"id", "error": "Type: message"} (qtherm fails
the check at that request and shrinks); the traceback goes to stderr once per quantity.
The loop ends when qtherm closes stdin.
"""
import json
import sys
import traceback

PROTOCOL = "qtherm-solver/1"

__all__ = ["PROTOCOL", "Solver", "quantity", "register", "serve", "to_json"]


def to_json(value):
    """A value in the protocol's JSON shapes: numpy arrays to lists, complex to {"re", "im"}."""
    if isinstance(value, complex):
        return {"re": value.real, "im": value.imag}
    if isinstance(value, (bool, int, float, str)) or value is None:
        return value
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        if _has_complex(value):  # a complex vector or matrix: {"re": nested reals, "im": nested imaginary parts}
            return {"re": to_json(_part(value, "real")), "im": to_json(_part(value, "imag"))}
        return [to_json(v) for v in value]
    kind = getattr(getattr(value, "dtype", None), "kind", None)
    if kind is not None and hasattr(value, "tolist"):  # numpy array or scalar
        if kind == "c":
            return {"re": to_json(value.real.tolist()), "im": to_json(value.imag.tolist())}
        return to_json(value.tolist())
    if hasattr(value, "__float__"):
        return float(value)
    raise TypeError("cannot send a value of type %s to qtherm" % type(value).__name__)


def _has_complex(value):
    if isinstance(value, (list, tuple)):
        return any(_has_complex(v) for v in value)
    return isinstance(value, complex) or getattr(getattr(value, "dtype", None), "kind", None) == "c"


def _part(value, part):
    if isinstance(value, (list, tuple)):
        return [_part(v, part) for v in value]
    return getattr(value, part) if hasattr(value, part) else value


class Solver:
    """A set of quantity functions served over the protocol."""

    def __init__(self, model=None, name=None):
        self.model = model
        self.name = name
        self.functions = {}

    def register(self, name, function):
        """Serves function(params) -> value as the quantity `name`."""
        if not callable(function):
            raise TypeError("register(%r, ...) needs a callable" % name)
        self.functions[name] = function
        return function

    def quantity(self, name):
        """Decorator form of register."""
        return lambda function: self.register(name, function)

    def serve(self, model=None, name=None, stdin=None, stdout=None):
        """Runs the protocol loop until qtherm closes stdin; returns the number of requests answered."""
        model = model or self.model
        name = name or self.name or (sys.argv[0] if sys.argv and sys.argv[0] else None)
        stdin = stdin or sys.stdin
        out = stdout or sys.stdout
        if not self.functions:
            raise RuntimeError("no quantity registered: use @quantity(name) or register(name, function) before serve()")
        handshake = {"protocol": PROTOCOL, "quantities": sorted(self.functions)}
        if model:
            handshake["model"] = model
        if name:
            handshake["solver"] = name
        _write(out, handshake)
        answer = stdin.readline()
        if not answer:
            return 0
        reply = json.loads(answer)
        if reply.get("protocol") != PROTOCOL:
            raise RuntimeError("qtherm answered with protocol %r, this adapter speaks %r" % (reply.get("protocol"), PROTOCOL))
        answered = 0
        reported = set()
        real_stdout = sys.stdout
        sys.stdout = sys.stderr  # print() inside a quantity function must not corrupt the protocol
        try:
            for line in stdin:
                if not line.strip():
                    continue
                request = json.loads(line)
                _write(out, self._answer(request, reported))
                answered += 1
        finally:
            sys.stdout = real_stdout
        return answered

    def _answer(self, request, reported):
        rid = request.get("id")
        name = request.get("quantity")
        function = self.functions.get(name)
        if function is None:
            return {"id": rid, "error": "this solver does not provide %r" % name}
        try:
            return {"id": rid, "value": to_json(function(request.get("params", {})))}
        except Exception as error:  # the solver failing at these params is an answer, not a crash
            if name not in reported:
                reported.add(name)
                traceback.print_exc(file=sys.stderr)
            return {"id": rid, "error": "%s: %s" % (type(error).__name__, error)}


def _write(out, message):
    out.write(json.dumps(message, allow_nan=True, separators=(",", ":")) + "\n")
    out.flush()


_default = Solver()


def register(name, function):
    """Serves function(params) -> value as the quantity `name` (module-level solver)."""
    return _default.register(name, function)


def quantity(name):
    """Decorator: @quantity("heat-current-A") def f(params): ... (module-level solver)."""
    return _default.quantity(name)


def serve(model=None, name=None):
    """Runs the protocol loop of the module-level solver until qtherm closes stdin."""
    return _default.serve(model=model, name=name)
