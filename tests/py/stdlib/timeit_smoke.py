import timeit
t = timeit.timeit("sum(range(100))", number=100); print(isinstance(t, float), t >= 0)
r = timeit.repeat("x = 1", repeat=3, number=10); print(len(r), all(v >= 0 for v in r))
tm = timeit.Timer("f(3)", globals={"f": lambda x: x * 2}); print(tm.timeit(5) >= 0, tm.autorange()[0] >= 1)
tm2 = timeit.Timer(lambda: None); print(tm2.timeit(10) >= 0)
try:
    timeit.Timer("return")
except SyntaxError as e:
    print("SyntaxError", e.msg)
print(timeit.default_timer.__name__)
