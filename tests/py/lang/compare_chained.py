# Comparisons and chained comparisons
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0)
print(1 == 1.0 == True, 0 < 0.5 < 1)
calls = []
def f(x):
    calls.append(x)
    return x
print(f(1) < f(2) < f(3))
print(calls)
calls.clear()
print(f(3) < f(2) < f(1))
print(calls)
print("abc" < "abd", "abc" < "ab", "B" < "a", "" < "a")
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print((1, 2) == (1, 2), (1, "a") < (1, "b"), (2,) > (1, 9, 9))
print([1, 2] == [1, 2], [1, 2] is [1, 2])
a = [1]
b = a
print(a is b, a is not b, a == b)
print(None is None, None == None, None is not None)
print(1 in [1, 2], 3 not in [1, 2], "bc" in "abc", "x" in "abc")
print(2 in {1: 'a', 2: 'b'}, 'a' in {1: 'a'})
x = 5
print(0 < x < 10, 0 < x < 3, x == 5 == 5.0)
print(1 < 2 == 2 < 3, 1 < 2 != 2)
try:
    print(1 < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print([1] < (1,))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(None < None)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", [1] == (1,), {1} == frozenset({1}))
print(float('nan') in [float('nan')])
n = float('nan')
print(n in [n], [n] == [n], (n,) == (n,))
print(max(1, 2) == 2 > 1 >= 1)
