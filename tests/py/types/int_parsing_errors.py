# int() error messages for bad literals, bases and argument types.
bad = [
    ("", 10), (" ", 10), ("1.5", 10), ("abc", 10), ("12a", 10), ("_1", 10), ("1_", 10), ("1__0", 10),
    ("0x", 16), ("0x1g", 16), ("08", 0), ("0b2", 0), ("9", 8), ("2", 2), ("- 1", 10), ("--1", 10),
    ("0o8", 0), ("1e5", 10), ("z", 35), ("0_x1", 16), ("x" * 300, 10),
]
for s, base in bad:
    try:
        int(s, base)
    except ValueError as e:
        print("ValueError:", e)
for base in [1, 37, -1, 100]:
    try:
        int("1", base)
    except ValueError as e:
        print("ValueError:", e)
for args in [(1.5, 10), ([1],), (None,), ("1", "10"), ("1", 2.0), (1j,)]:
    try:
        int(*args)
    except TypeError as e:
        print("TypeError:", e)
for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    int("1", 10, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    int(b"\xff")
except ValueError as e:
    print("ValueError:", e)
class BadInt:
    def __int__(self):
        return "x"
try:
    int(BadInt())
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return 1.0
try:
    int(BadIndex())
except TypeError as e:
    print("TypeError:", e)
