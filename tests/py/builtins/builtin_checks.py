# Checks made by builtins and type(): len() of bad __len__ results, compile() of a buffer,
# dir() of a module whose __dict__ is not a dict, bool(NotImplemented), class names,
# hash() of int subclasses whose __hash__ returns self, and multiple inheritance from a
# plain class and int.
import sys, types, warnings

def tryit(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:80])
    except BaseException as e:
        print(label, "->", type(e).__name__, e)

class HugeNegativeLen:
    def __len__(self): return -sys.maxsize - 10
class HugeLen:
    def __len__(self): return sys.maxsize + 1
class NegativeLen:
    def __len__(self): return -10
class FloatLen:
    def __len__(self): return 4.5
tryit("len(HugeNegativeLen())", lambda: len(HugeNegativeLen()))
tryit("len(HugeLen())", lambda: len(HugeLen()))
tryit("len(NegativeLen())", lambda: len(NegativeLen()))
tryit("len(FloatLen())", lambda: len(FloatLen()))

tryit("compile(memoryview)", lambda: type(compile(memoryview(b"x = 1"), "name", "exec")).__name__)
tryit("compile(bytearray)", lambda: type(compile(bytearray(b"x = 1"), "name", "exec")).__name__)
tryit("compile(42)", lambda: compile(42, "name", "exec"))

class Foo(types.ModuleType):
    __dict__ = 8
tryit("dir(Foo('foo'))", lambda: dir(Foo("foo")))
m = types.ModuleType("m")
m.__dir__ = lambda: ["b", "a"]
tryit("dir(m)", lambda: dir(m))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    tryit("bool(NotImplemented)", lambda: bool(NotImplemented))
    print([str(x.message) for x in w], [x.category.__name__ for x in w])

tryit("type('B.A').__name__", lambda: type('B.A', (), {}).__name__)
tryit("type('B.A').__qualname__", lambda: type('B.A', (), {}).__qualname__)
tryit("type('A\\x00B')", lambda: type('A\x00B', (), {}))
tryit("type('A\\udcdcB')", lambda: type('A\udcdcB', (), {}))
tryit("type(doc surrogate)", lambda: type('A', (), {'__doc__': 'x\udcdcy'}))
tryit("type(doc ok)", lambda: type('A', (), {'__doc__': 'x\x00y'}).__doc__)
C = type('C', (), {})
def setname(n):
    C.__name__ = n
    return C.__name__
tryit("C.__name__ = 'B.A'", lambda: setname('B.A'))
tryit("C.__name__ = 'A\\x00B'", lambda: setname('A\x00B'))
tryit("C.__name__ = 'A\\udcdcB'", lambda: setname('A\udcdcB'))
tryit("C.__name__ = b'A'", lambda: setname(b'A'))
print(C.__name__, C.__qualname__)

class X:
    def __hash__(self): return 2**100
class Z(int):
    def __hash__(self): return self
tryit("hash(X())", lambda: hash(X()))
tryit("hash(Z(42))", lambda: hash(Z(42)))
tryit("hash(Z(2**70))", lambda: hash(Z(2**70)))

class B:
    def ham(self): return 'ham%d' % self
D = type('D', (B, int), {'spam': lambda self: 'spam%s' % self})
x = D(42)
print(repr(x), str(x), x + 1, hash(x), x.ham(), x.spam(), D.__base__.__name__)
print(x.to_bytes(2, 'little'))
class E(B, float): pass
print(repr(E(1.5)), E(1.5) * 2)
class G(B, str): pass
print(repr(G('ab')), G('ab').upper(), len(G('abc')))
