# DeprecationWarnings of the numeric conversion protocols (__int__, __index__, __float__,
# __complex__ returning a strict subclass; int() delegating to __trunc__), float('-nan')'s
# sign, float subclasses whose __init__ takes keywords, and the digit-limit check of int().
import sys, warnings, math

def tryit(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
            print(label, "->", repr(r), type(r).__name__)
        except Exception as e:
            print(label, "->", type(e).__name__, e)
        for x in w:
            print("   warning:", x.category.__name__, x.message)

class MyInt(int): pass
class MyFloat(float): pass
class MyComplex(complex): pass

class I:
    def __int__(self): return MyInt(7)
class X:
    def __index__(self): return MyInt(8)
class F:
    def __float__(self): return MyFloat(1.5)
class C:
    def __complex__(self): return MyComplex(1, 2)
class T:
    def __trunc__(self): return 3
class TI:
    def __trunc__(self): return MyInt(4)

tryit("int(I())", lambda: int(I()))
tryit("operator.index(X())", lambda: __import__("operator").index(X()))
tryit("float(F())", lambda: float(F()))
tryit("math.sqrt(F())", lambda: math.sqrt(F()))
tryit("complex(C())", lambda: complex(C()))
tryit("int(T())", lambda: int(T()))
tryit("int(TI())", lambda: int(TI()))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    tryit("int(I()) as error", lambda: int(I()))
    tryit("float(F()) as error", lambda: float(F()))

print(math.copysign(1.0, float('nan')), math.copysign(1.0, float('-nan')))
print(math.copysign(1.0, float('-NaN')), math.copysign(1.0, float('+nan')))

class subclass(float): pass
tryit("subclass(x=0)", lambda: subclass(x=0))
tryit("float(x=0)", lambda: float(x=0))
class subclass_with_init(float):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
u = subclass_with_init(2.5, newarg=3)
print(type(u).__name__, float(u), u.newarg)
tryit("subclass_with_init(1, 2, 3)", lambda: subclass_with_init(1, 2, 3))

# int() from long strings: digit limit, underscores, other bases
print(sys.get_int_max_str_digits())
tryit("int('7'*5000)", lambda: int('7' * 5000))
tryit("int('1_000_000')", lambda: int('1_000_000'))
tryit("int('1__0')", lambda: int('1__0'))
tryit("int('1_')", lambda: int('1_'))
tryit("int('_1')", lambda: int('_1'))
tryit("int('0x_ff', 0)", lambda: int('0x_ff', 0))
tryit("int('zz', 36)", lambda: int('zz', 36))
tryit("int('ZZ_z', 36)", lambda: int('ZZ_z', 36))
tryit("int('12', 3)", lambda: int('12', 3))
tryit("int('13', 3)", lambda: int('13', 3))
tryit("int('b', 11)", lambda: int('b', 11))
tryit("int('a', 11)", lambda: int('a', 11))
tryit("int('A', 11)", lambda: int('A', 11))
tryit("int(' \\u0663\\u0664 ')", lambda: int(' \u0663\u0664 '))
tryit("int('12\\x7f')", lambda: int('12\x7f'))
tryit("int('1' * 700, 7) % 1000", lambda: int('1' * 700, 7) % 1000)
