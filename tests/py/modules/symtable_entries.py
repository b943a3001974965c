import _symtable
def show(e, depth=0):
    print("  " * depth, e.name, e.type, e.nested, e.lineno, e.symbols, e.varnames)
    for c in e.children:
        show(c, depth + 1)
src = '''
import os, sys as s
from x import y
g = 1
def f(a, /, b, *args, c=2, **kw) -> int:
    global g
    x: int = 1
    def inner():
        nonlocal x
        x = a + b
        return lambda q: q + c
    return [i * x for i in args]
class C(Base, metaclass=M):
    attr: str
    def m(self):
        return __class__, self.__priv
    @staticmethod
    async def am():
        async with a as b:
            await b
        yield
gen = (z for z in range(3) if (w := z))
t = {k: v for k, v in {}.items()}
'''
show(_symtable.symtable(src, "m.py", "exec"))
show(_symtable.symtable("a + b", "e", "eval"))
show(_symtable.symtable("x = 1\n", "s", "single"))
show(_symtable.symtable("from __future__ import annotations\ndef f(a: int) -> T: x: List[int] = 1", "fa", "exec"))

# The constants, with CPython's values.
print(sorted((k, v) for k, v in vars(_symtable).items() if isinstance(v, int)))

# Entries: type, members, repr shape.
top = _symtable.symtable("x = 1", "m", "exec")
print(type(top).__name__, repr(top).startswith("<symtable entry top("), repr(top).endswith("), line 0>"))
print(isinstance(top.id, int), top.id == top.id, top.children == [])
for attr in ["name", "symbols", "lineno", "id"]:
    try:
        setattr(top, attr, 1)
    except AttributeError as e:
        print("AttributeError", e)

# Arguments and errors.
for args in [("x",), ("x", "f", "exec", 1), (1, "f", "exec"), ("x", 1, "exec"), ("x", "f", 1),
             ("x", "f", "ex\0ec"), ("x", "f", "bogus"), ("x", "f\0", "exec"), ("x\0", "f", "exec"),
             (b"y = 2", b"bytes.py", "exec"), (bytearray(b"z"), "ba", "eval")]:
    try:
        r = _symtable.symtable(*args)
        print("ok", r.name, r.symbols)
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    _symtable.symtable(source="x", filename="f", startstr="exec")
except TypeError as e:
    print("TypeError", e)

# SyntaxErrors: from the parser (full args) and from the symbol table pass (message only).
for src in ["x = (", "def f(a, a): pass", "nonlocal x", "def f():\n    global x\n    x: int = 1",
            "def f():\n    from m import *", "[(yield) for x in y]", "def f(x):\n    global x"]:
    try:
        _symtable.symtable(src, "err.py", "exec")
    except SyntaxError as e:
        print(e.args, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
