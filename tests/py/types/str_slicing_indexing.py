# Indexing and slicing str with positive, negative, out-of-range and stepped bounds.
s = "abcdefghij"
idx = [-12, -10, -3, -1, 0, 1, 5, 9, 10, 20, None]
for start in idx:
    print(start, [s[start:stop] for stop in idx])
for step in [1, 2, 3, -1, -2, -3, 9, -9, 11]:
    print(step, s[::step], s[1:8:step], s[8:1:step], s[-2:-8:step], s[100:-100:step])
print(s[0], s[-1], s[5], s[-10], s[len(s) - 1])
for i in [10, -11, 2**70]:
    try:
        s[i]
    except IndexError as e:
        print("IndexError", e)
for key in [1.0, "a", None]:
    try:
        s[key]
    except TypeError as e:
        print("TypeError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
print(s[slice(2, 5)], s[slice(None, None, -4)], s[True], s[2**70:], s[-2**70:3])
class Ix:
    def __index__(self):
        return 3
print(s[Ix()], s[Ix():Ix() + 2 if False else 6], s[:Ix()])
u = "añ😀b€"
print(u[2], u[1:4], u[::-1], u[-2:], len(u))
