# None, NotImplemented and Ellipsis: reprs, types, truthiness, comparisons and operator fallbacks.
print(None, repr(None), str(None), type(None).__name__, type(None)() is None, None is None, None == None, bool(None))
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__, type(NotImplemented)() is NotImplemented)
print(Ellipsis, ..., repr(...), type(...).__name__, ... is Ellipsis, type(...)() is ..., bool(...))
n, ell = None, ...
for stmt in ["n + 1", "n < n", "n()", "n[0]", "len(n)", "iter(n)", "n.x", "ell + 1", "ell[0]", "NotImplemented()"]:
    try:
        eval(stmt)
    except (TypeError, AttributeError) as e:
        print(stmt, type(e).__name__, e)
for stmt in ["None.x = 1", "... .y = 1"]:
    try:
        exec(stmt)
    except (TypeError, AttributeError) as e:
        print(stmt, type(e).__name__, e)
class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented
    def __radd__(self, other):
        print("B.__radd__")
        return "B wins"
print(A() == B())
print(A() != B())
print(A() + B())
try:
    A() + A()
except TypeError as e:
    print("TypeError", e)
a = A()
print(a == a, a != a)
print(None.__class__, None.__bool__(), None.__eq__(None), None.__ne__(0), None.__eq__(0))
print(NotImplemented.__class__.__name__, Ellipsis.__reduce__(), NotImplemented.__reduce__())
print([None, ..., NotImplemented], {None: 1, ...: 2})
def f():
    pass
print(f(), f() is None, [].append(1), print("nested") is None)
print(type(None).__repr__(None), type(...).__repr__(...))
