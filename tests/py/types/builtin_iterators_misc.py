# enumerate, zip (incl. strict), map, filter, reversed and iter(callable, sentinel): results, laziness, errors.
print(list(enumerate("abc")), list(enumerate("abc", -2)), list(enumerate([], 5)), list(enumerate("x", start=2**70)))
e = enumerate(["a", "b"])
print(next(e), type(e).__name__, iter(e) is e, list(e), list(e))
print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2], (True, False, None))), list(zip("ab", "cd", strict=True)))
for args in [("ab", "c"), ("a", "bc"), ("ab", "cd", "e")]:
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print("ValueError", e)
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "ef")), list(map(str, [])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda v: v % 2, range(7))), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))
calls = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(calls), 0)))
count = [0]
def tick():
    count[0] += 1
    return count[0]
ci = iter(tick, 4)
print(type(ci).__name__, next(ci), list(ci), list(ci))
for bad in [lambda: enumerate(5), lambda: enumerate("a", "b"), lambda: zip(1), lambda: map(abs), lambda: map(abs, 5), lambda: filter(None, 5),
            lambda: reversed(5), lambda: reversed({1, 2}), lambda: iter(5, 1), lambda: iter(), lambda: iter(1, 2, 3), lambda: zip("a", strict=1, bogus=2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
m = map(lambda x: 1 // x, [1, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(next(m))
z = zip(iter([1, 2]), iter("xyz"))
print(list(z), list(z))
r = reversed([1, 2, 3])
print(r.__length_hint__(), next(r), r.__length_hint__())
print(sum(1 for _ in enumerate(range(1000))), max(zip("abc", [3, 1, 2]), key=lambda p: p[1]), dict(zip("ab", range(2))), dict(enumerate("xy")))
