# Behaviours fixed for CPython's test_unicode / test_bytes / test_dict / test_enum / test_range.
import sys

# Builtin iterator types cannot be instantiated from Python.
for it in (iter('abc'), iter('\u1234x'), iter(b'a'), iter([1]), iter(()), iter({1}),
           iter({1: 2}), iter(range(3)), iter(bytearray(b'x'))):
    try:
        type(it)()
    except TypeError as e:
        print(type(it).__name__, "TypeError", e)

# ascii() hands back an all-ASCII repr unchanged, even a str subclass instance.
class S(str):
    pass
class WithRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return self.v
for v in (S('<abc>'), S('<\xe9>'), '<abc>'):
    r = ascii(WithRepr(v))
    print(type(r).__name__, r)

# An empty format spec on a str subclass means str(self).
class T(str):
    def __str__(self):
        return '__str__ overridden'
s = T('xxx')
print("{}".format(s), '%s' % s, f'{s}', format(s), repr("{:5}".format(s)), type(format(s)).__name__)
print(format('plain'), format(S('sub')), type(format(S('sub'))).__name__)

# bytes(list) re-reads the list's length while items' __index__ mutate it.
class M:
    def __index__(self):
        a.clear()
        return 42
a = [M(), M()]
print(bytes(a))
a = [M(), M(), M()]
print(bytes(tuple(a)))
b = [M(), M()]
print(bytearray(b))

# A huge repeat count that fits in Py_ssize_t fails to allocate (MemoryError).
for ch in ('a', '\xe9', '\u0100', '\U00010000'):
    try:
        ch * (sys.maxsize - 100)
    except MemoryError:
        print("MemoryError")
    except OverflowError as e:
        print("OverflowError", e)
try:
    'abc' * sys.maxsize
except OverflowError as e:
    print("OverflowError", e)

# __hash__ results that fit in 64 bits are used as they are.
class Key3:
    def __hash__(self):
        return hash('key3')
    def __eq__(self, other):
        return isinstance(other, Key3) or isinstance(other, str) and other == 'key3'
k = Key3()
print(hash(k) == hash('key3'))
d = {'key1': 42, 'key2': 43, k: 44}
print(d.get(k), d.get('key3'))
d = {'key1': 42, 'key2': 43, S('key3'): 44}
print(d.get(k), d.get('key3'))
class H:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
for v in (2**60, -2**60, 2**62 + 12345, -(2**62) - 1, 2**63 - 1, -2**63, 2**63, 2**64 + 5, -1, 5):
    print(v, hash(H(v)))

# A heap type's __name__ / __qualname__ is one object.
class C:
    pass
print(C.__name__ is C.__name__, C.__qualname__ is C.__qualname__)
class Meta(type):
    pass
class Color(metaclass=Meta):
    pass
print(Color.__name__ is Color.__name__, Color.__qualname__ is Color.__qualname__, int.__name__ is int.__name__)

# len() of a range whose length is sys.maxsize.
print(len(range(-sys.maxsize, sys.maxsize, 2)) == sys.maxsize)
try:
    len(range(-sys.maxsize, sys.maxsize))
except OverflowError as e:
    print("OverflowError", e)

# An error in __set_name__ becomes a RuntimeError whose __cause__ and __context__ are it.
class D:
    def __set_name__(self, owner, name):
        raise TypeError("boom " + name)
try:
    class A:
        x = D()
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__context__), repr(e.__cause__), e.__suppress_context__)

# repr() nesting counts against the recursion limit (3.11's _Py_EnterRecursiveCall).
d = {}
for i in range(sys.getrecursionlimit() + 100):
    d = {1: d}
try:
    repr(d)
except RecursionError as e:
    print("RecursionError", e)
l = []
for i in range(500):
    l = [l]
print(len(repr(l)))
