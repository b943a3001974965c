# _testcapi's exception_print and traceback_print: the interpreter's own traceback printer
# (PyErr_Display, PyTraceBack_Print) compared with CPython's, carets included.
import sys
import io
from _testcapi import exception_print, traceback_print

def inner(x):
    return x["key"] + 1

def outer():
    return inner({"key": "a"})

try:
    outer()
except TypeError as e:
    exception_print(e)
    buf = io.StringIO()
    traceback_print(e.__traceback__, buf)
    print(buf.getvalue())

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("chained") from e
except ValueError as e:
    exception_print(e)

exception_print(42)
try:
    exception_print()
except TypeError as e:
    print("TypeError:", e)
try:
    traceback_print(None, sys.stdout)
except SystemError as e:
    # CPython's message names its C source line (PyErr_BadInternalCall); only the type is compared.
    print("SystemError")
