"""A short tour of CPython's insides, as typhon shows them.

Run it with `bin/typhon examples/tour.py` (or `python3 examples/tour.py`: the two must
print the same).  Look at it with `bin/typhon --tokens examples/tour.py`,
`bin/typhon --ast examples/tour.py` and `bin/typhon --dis examples/tour.py`.
"""
import dis
import sys


def section(title):
    print()
    print(title)
    print("-" * len(title))


section("1. Source becomes bytecode")


def add(a, b):
    return a + b


dis.dis(add)

section("2. Reference counts")
x = []
print("a fresh list, bound to one name:", sys.getrefcount(x))
y = x
print("after y = x:", sys.getrefcount(x))
del y
print("after del y:", sys.getrefcount(x))

section("3. Lists over-allocate as they grow")
items = []
last = sys.getsizeof(items)
print(f"len  0: {last} bytes")
for i in range(20):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"len {len(items):2}: {size} bytes (room for {(size - 56) // 8} items)")
        last = size

section("4. Dicts remember insertion order; sets follow their hash table")
d = {}
for word in ["pear", "apple", "fig", "kiwi"]:
    d[word] = len(word)
print(d)
print(sorted({3, 1, 2, 100, 64}), set(range(0, 200, 37)))

section("5. Small ints are shared")
a = 256
b = 255 + 1
print("256 is 255 + 1:", a is b)
print("sizes of 0, 1, 2**30, 2**60:", [sys.getsizeof(n) for n in (0, 1, 2**30, 2**60)])
