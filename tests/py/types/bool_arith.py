# bool is an int subclass: arithmetic, bitwise ops, str/repr, formatting, conversions.
print(True + True, True * 3, True / 2, True // 2, -True, ~True, ~False, True ** 10, False ** 0, abs(-True), divmod(True, 2))
print(True & True, True | False, True ^ True, False ^ False, type(True & True).__name__, type(True + 0).__name__, type(-True).__name__)
print(True == 1, False == 0, True is not False, isinstance(True, int), issubclass(bool, int))
print(str(True), repr(False), f"{True}", f"{True:d}", f"{False:>6}", format(True, "x"), "%d %s %r" % (True, True, False))
print(int(True), float(False), complex(True), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(1e-300), bool(""), bool(" "))
print(bool([]), bool([0]), bool(()), bool({}), bool(set()), bool(range(0)), bool(range(1)), bool(None), bool(0j), bool(b""), bool(...))
print(sum([True, True, False]), [True, False].count(1), {True: "a", 1: "b"}, hash(True), hash(False))
print(True < 2, False < True, max(True, 0), sorted([True, False, 0, 1, -1]))
print(bool.__mro__, bool.__bases__, type(True).__name__, True.real, True.imag, True.numerator, True.denominator)
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError", e)
print(bool(), bool(x=0) if False else bool(0))
try:
    bool(1, 2)
except TypeError as e:
    print("TypeError", e)
class Custom:
    def __bool__(self):
        return 0
try:
    bool(Custom())
except TypeError as e:
    print("TypeError", e)
print(True.__and__(1), True.__or__(False), True.__xor__(1), True.__invert__(), (5).__and__(True), True.__rand__(3))
print(True.__add__(True), (True).__eq__(1), True.__hash__(), "yes" if True else "no", not True, not 0, not [])
print(repr(True + 0), repr(True & 1), repr(True | True), bool.__new__(bool, 5), bool.__new__(bool))
