# What goes wrong with imports, and the messages CPython gives.
import sys
sys.path.insert(0, "_support")

def attempt(code):
    try:
        exec(code, {"__name__": "__main__"})
    except BaseException as e:
        msg = str(e).replace(sys.path[0], "SUPPORT")
        import os
        msg = msg.replace(os.getcwd(), "CWD")
        print(f"{type(e).__name__}: {msg}", getattr(e, "name", None))

attempt("import no_such_module")
attempt("import pkg.no_such_sub")
attempt("import os.path.nothing")
attempt("from pkg import nothing_here")
attempt("from itertools import nothing")
attempt("import pkg.broken")
print("pkg.broken" in sys.modules)
attempt("import pkg.badrel")
attempt("from . import x")
attempt("from .. import x")
attempt("import circ.a")
attempt("__import__('')")
attempt("__import__(42)")
attempt("__import__('x', level=-1)")
attempt("import importlib; importlib.import_module('.x')")
attempt("import importlib; importlib.import_module('..x', 'pkg')")

# An error inside a module body keeps the module's own frame in the traceback, not importlib's.
import traceback
try:
    import pkg.broken
except ValueError:
    frames = traceback.extract_tb(sys.exc_info()[2])
    print([f.name for f in frames])
