# Lambda expressions
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print((lambda x, /, y, *, z: x + y + z)(1, 2, z=3))
print(square.__name__)
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
print(compose(square, inc)(3), compose(inc, square)(3))
print(list(map(lambda x: x % 3, range(7))))
print(list(filter(lambda s: s.startswith("a"), ["apple", "bob", "avocado"])))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fs = {name: (lambda n: lambda x: x ** n)(n) for name, n in [("sq", 2), ("cube", 3)]}
print(fs["sq"](4), fs["cube"](2))
y_comb = lambda f: (lambda x: x(x))(lambda x: f(lambda *a: x(x)(*a)))
fact = y_comb(lambda self: lambda n: 1 if n == 0 else n * self(n - 1))
print(fact(6))
print((lambda x: (yield x))(5).__class__.__name__)
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
k = 10
capture = lambda: k
k = 20
print(capture())
print((lambda: (lambda: k * 2)())())
