# len() and basic constructors
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0)), len(b"ab"), len(bytearray(5)))
print(len(frozenset("aab")), len({}.keys()), len("日本"))
print(int(), float(), str(), bool(), list(), tuple(), dict(), set())
print(list("abc"), tuple([1, 2]), list(range(3)), tuple("xy"))
print(list({1: "a", 2: "b"}), list({1: "a"}.items()))
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(sorted(set("hello")), sorted(frozenset([3, 1, 2])))
print(str(1), str(1.0), str(None), str([1, "a"]), str((1,)), str({"a": 1}))
print(int("12"), int(3.99), int(-3.99), int(True), int("  7 "), int("-0"))
print(float("1.5"), float(2), float(" -3.25 "), float("1e3"), float(True))
print(bool(""), bool(" "), bool(0j), bool([None]))
print(complex(1, 2), complex("3+4j"), abs(3 + 4j), (1 + 2j) * (3 - 1j), (2j).imag)
try:
    len(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(list([1, 2])) == [1, 2], tuple(tuple()) == ())
l = [1, 2]
print(list(l) is l, tuple(t := (1, 2)) is t, str(s := "x") is s)
print(type(len("x")).__name__, len([[]] * 3))
