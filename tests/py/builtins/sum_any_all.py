# sum, any, all
print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([1, 2], 10), sum([], start=5))
print(sum([0.1] * 10), sum([1.5, 2.5]), sum([1, 2.0]), sum([True, True, 3]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum(x * x for x in range(5)), sum({1: "a", 2: "b"}))
print(sum([10 ** 20, 10 ** 20, -1]), sum([2 ** 64] * 4))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(5)
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, "", None]), all([1, "a", [0]]))
print(any([0, 0, 1]), all([1, 1, 0]), any("abc"), all(""))
print(any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
checked = []
def check(x):
    checked.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), checked)
checked.clear()
print(all(check(x) for x in [3, 4, 1, 5]), checked)
print(any({0: "a"}), all({1: 0}), any(iter([])), all([[]]))
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(any([1])).__name__, any([1, 2]), all([1, 2]))
print(sum(range(1, 11), start=-55), sum([-1, -2], -3))
print(sum([1, 2, 3][::-1]), sum(map(abs, [-1, -2])))
