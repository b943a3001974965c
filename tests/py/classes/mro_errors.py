# Inconsistent hierarchies: MRO conflicts, duplicate bases, non-class bases, final builtin bases.
class A: pass
class B(A): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError", e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Z(XY, YX):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class D(A, A):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    class E(5):
        pass
except TypeError as e:
    print("TypeError", e)
for final in [bool, type(None), range, slice, type(...)]:
    try:
        class F(final):
            pass
    except TypeError as e:
        print("TypeError", e)
try:
    class G(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    type("H", (A,), {}, 5)
except TypeError as e:
    print("TypeError", e)
try:
    type("H", A, {})
except TypeError as e:
    print("TypeError", e)
try:
    type(1, (), {})
except TypeError as e:
    print("TypeError", e)
class M1(type): pass
class M2(type): pass
class P1(metaclass=M1): pass
class P2(metaclass=M2): pass
try:
    class Q(P1, P2):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    B.__bases__ = (B,)
except TypeError as e:
    print("TypeError", e)
class Fine(B, Y):
    pass
print([c.__name__ for c in Fine.__mro__])
