# Identity of cached objects: small ints -5..256, empty tuple/str/bytes/frozenset, singletons.
def same(a, b):
    return a is b
n = 256
m = 255 + 1
print(same(n, m), same(int("256"), 256), same(int("257"), int("257")), same(-5, int("-5")), same(int("-6"), int("-6")))
print([same(int(str(i)), i) for i in (-6, -5, 0, 100, 256, 257)])
print(same(2 ** 8, 256), same(2 ** 9 // 2, 256), same(1000 // 4, 250), same(100 * 3, int("300")))
print(same(tuple(), ()), same(tuple([]), ()), same(()[:], ()), same((1, 2)[5:], ()), same(tuple(x for x in []), ()))
print(same(str(), ""), same("abc"[5:], ""), same("".join([]), ""), same(b""[:], b""), same(bytes(), b""))
print(same(frozenset(), frozenset()), same(frozenset([]), frozenset()))
print(same(bool(1), True), same(not 0, True), same(type(None)(), None), same(1 == 1, True))
print(same([].__class__, list), same(int(True), 1), same(True + 0, 1), same(abs(-3), 3))
x = 5
y = 3 + 2
print(same(x, y), same(int(5.0), 5), same(round(4.6), 5), same(len("hello"), 5))
