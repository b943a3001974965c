# BINARY_OP_INPLACE_ADD_UNICODE: `s += t` (or `s = s + t`) on a local followed by the
# STORE_FAST to that local; dis shows the specialized form, and results stay right when the
# operands change type or the target is another variable.
import dis
import sys


def build(n):
    s = ""
    for i in range(n):
        s += "ab"
        s = s + "c"
    return s


def other_target(n):
    s = "x"
    t = ""
    for i in range(n):
        t = s + "y"
    return t


def mixed(a, b):
    for i in range(3):
        a += b
    return a


for _ in range(10):
    r = build(5)
    u = other_target(3)
print(r, u)
dis.dis(build, adaptive=True)
dis.dis(other_target, adaptive=True)

for _ in range(10):
    m = mixed("p", "q")
print(m)
print(mixed(1, 2), mixed([1], [2]), mixed((1,), (2,)))
print(mixed("a", "b"))
try:
    mixed("a", 1)
except TypeError as e:
    print("TypeError", e)


class S(str):
    pass


print(type(mixed(S("a"), "b")).__name__, mixed("a", S("b")))
dis.dis(mixed, adaptive=True)


# The old string is released when the local takes the new one.
def counts():
    k = "k" * 3
    base = sys.getrefcount(k)
    s = k
    for i in range(4):
        s += "z"
    return sys.getrefcount(k) - base, s


for _ in range(10):
    c = counts()
print(c)


# A local used in a closure (a cell) is not a STORE_FAST target.
def cell():
    s = ""

    def f():
        return s

    for i in range(5):
        s += "c"
    return f()


for _ in range(10):
    v = cell()
print(v)
print([i.opname for i in dis.get_instructions(cell, adaptive=True) if "ADD" in i.opname or "DEREF" in i.opname])
