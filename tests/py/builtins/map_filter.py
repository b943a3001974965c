# map and filter
print(list(map(str, [1, 2, 3])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6, 7])))
print(list(map(pow, [2, 3], [3, 2], [5, 7])))
print(list(map(len, ["a", "bb", ""])), list(map(int, "123")))
print(list(map(str.upper, ["a", "b"])), list(map(abs, range(-2, 2))))
m = map(lambda x: x + 1, [1, 2])
print(type(m).__name__, next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, ["1", "a", "22", "3b"])))
f = filter(lambda x: x > 2, [5, 1, 3])
print(type(f).__name__, list(f))
print(sum(map(int, "12345")), max(map(len, ["ab", "abc"])))
print(list(map(lambda p: p[0] + p[1], zip("ab", "cd"))))
print(list(map(list, zip([1, 2], [3, 4]))))
log = []
def noisy(x):
    log.append(x)
    return x * 10
lazy = map(noisy, [1, 2, 3])
print(log)
print(next(lazy), log)
print(list(lazy), log)
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda *a: a, "ab", "cd", "ef")))
print(list(filter(lambda s: s, map(str.strip, [" a ", "  ", "b"]))))
nested = map(lambda x: x * 2, filter(lambda x: x > 1, map(abs, [-3, 1, -2])))
print(list(nested))
print(list(map(dict.get, [{"a": 1}, {"a": 2}], ["a", "a"])))
