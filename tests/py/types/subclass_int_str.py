# Subclasses of int, float and str: operations return base types, overridden dunders, reprs.
class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, m.double(), type(-m).__name__, type(abs(m)).__name__, m == 21, hash(m) == hash(21))
print(f"{m}", f"{m!r}", f"{m:05d}", "%d %s %r" % (m, m, m), int(m), type(int(m)).__name__, type(m.real).__name__, m.bit_length())
class Celsius(float):
    def __new__(cls, v):
        return super().__new__(cls, round(v, 1))
    def __str__(self):
        return f"{float(self)}°C"
c = Celsius(21.456)
print(c, repr(c), c + 1, type(c * 2).__name__, float(c), round(c), c.is_integer(), f"{c:.3f}", f"{c}")
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
    def shout(self):
        return self + "!"
u = Upper("hello")
print(u, repr(u), u.shout(), type(u.shout()).__name__, type(u.lower()).__name__, type(u[1:]).__name__, type(u * 2).__name__, u == "HELLO")
print(len(u), u.startswith("HE"), "ELL" in u, sorted(u), hash(u) == hash("HELLO"), {u: 1}["HELLO"], type(str(u)).__name__, type(f"{u}").__name__)
class Flag(int):
    pass
f = Flag(1)
f.label = "tagged"
print(f.label, f, f.__dict__, Flag.__mro__)
class Weird(int):
    def __add__(self, other):
        return "added"
    def __eq__(self, other):
        return "eq"
    __hash__ = int.__hash__
w = Weird(5)
print(w + 1, 1 + w, w == 5, 5 == w, w - 1, sum([w, 1]) if False else "skip", hash(w))
class S2(str):
    def __len__(self):
        return 99
print(len(S2("ab")), S2("ab").__len__(), str.__len__(S2("ab")))
