# sys: types of sys.flags and sys.version_info cannot be instantiated, _getframe's argument
# count, setrecursionlimit's depth check (it counts its own call), the default
# unraisablehook's type check, excepthook printing a SyntaxError whose filename is bytes;
# bytearray.join guarding its separator; UnboundLocalError has no name (so no hint).
import io
import sys


def err(f):
    try:
        r = f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return r


for o in (sys.flags, sys.version_info):
    t = type(o)
    print(err(lambda: t(o)), err(lambda: t.__new__(t, o)))
print(err(lambda: sys._getframe(42, 42)), err(lambda: sys._getframe(1000)))

old = sys.getrecursionlimit()
sys.setrecursionlimit(4)
sys.setrecursionlimit(old)
print(err(lambda: sys.setrecursionlimit(2)))
print(err(lambda: sys.__unraisablehook__(ValueError(42))))

try:
    raise SyntaxError("msg", (b"bytes_filename", 123, 0, "text"))
except SyntaxError:
    buf = io.StringIO()
    save = sys.stderr
    sys.stderr = buf
    try:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = save
    print(buf.getvalue().splitlines()[-3:])

array = bytearray(b",")


def iterator():
    array.clear()
    yield b"A"


print(err(lambda: array.join(iterator())), array, bytearray(b"-").join([b"a", b"b"]))


def foo():
    something = 3
    print(somethong)
    somethong = 3


try:
    foo()
except UnboundLocalError as e:
    print(e, e.name)
