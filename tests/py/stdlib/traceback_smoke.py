import traceback, sys
def inner(): raise ValueError("bad value")
def outer(): inner()
try:
    outer()
except ValueError as e:
    lines = traceback.format_exc().splitlines()
    print(lines[0], lines[-1], len(lines))
    print(traceback.format_exception_only(type(e), e))
    fs = traceback.extract_tb(e.__traceback__); print([f.name for f in fs], [f.line for f in fs])
    te = traceback.TracebackException.from_exception(e); print(list(te.format_exception_only()), te.exc_type.__name__)
    print("".join(traceback.format_exception(e)).count("File"))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as e:
    out = traceback.format_exception(type(e), e, e.__traceback__)
    print(sum("direct cause" in l for l in out), out[-1])
s = traceback.extract_stack(); print(s[-1].name, type(s).__name__)
print(traceback.format_list([("f.py", 3, "fn", "x = 1")]))
fs = traceback.FrameSummary("file.py", 10, "func", line="pass"); print(fs, fs.lineno)
traceback.print_exception(ValueError("printed"), file=sys.stdout)
