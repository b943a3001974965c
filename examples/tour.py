# A short tour of CPython's internals, as typhon reproduces them.
# Run it with `bin/typhon examples/tour.py`, and with `python3 examples/tour.py`: same output.
import sys

print("1. Bytecode: functions carry code objects with CPython 3.11's instructions.")
def add(a, b):
    return a + b
code = add.__code__
print("   co_varnames:", code.co_varnames, " co_consts:", code.co_consts)
print("   co_code:", code.co_code.hex(" "))
print("   (try: bin/typhon --dis examples/tour.py, which prints what python3 -m dis prints)")

print("\n2. Reference counts are real: every name, container slot and argument holds one.")
class Thing:
    pass
t = Thing()
print("   a fresh object, as seen by getrefcount:", sys.getrefcount(t))
others = [t, t]
print("   after putting it in a list twice:      ", sys.getrefcount(t))
del others
print("   after deleting the list:               ", sys.getrefcount(t))

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("   __del__ runs at once for", self.name)
n = Noisy("the last reference")
del n

print("\n3. Lists over-allocate: their size jumps only when the capacity is used up.")
lst, sizes = [], []
for i in range(18):
    sizes.append(sys.getsizeof(lst))
    lst.append(i)
print("   getsizeof while appending:", sizes)

print("\n4. Dicts keep insertion order in a compact entries table, and grow at 2/3 full.")
d, dsizes = {}, []
for word in ["pear", "apple", "fig", "kiwi", "lime", "plum", "date"]:
    d[word] = len(word)
    dsizes.append(sys.getsizeof(d))
del d["apple"]
d["apple"] = 5
print("   order after re-inserting 'apple':", list(d))
print("   sizes while filling:", dsizes)

print("\n5. Hashes: small ints hash to themselves, and set order follows the hash table.")
print("   hash(42) =", hash(42), " hash(-1) =", hash(-1), " hash(2**61) =", hash(2**61))
print("   {32, 1, 16, 8}:", {32, 1, 16, 8})

print("\n6. Small ints and the empty tuple are shared objects.")
a, b, empty = 256, 255 + 1, ()
print("   256 is 255 + 1:", a is b, "  () is tuple():", empty is tuple())

print("\n7. Sizes of builtin objects, in bytes (64-bit CPython):")
for obj in [0, 2**100, 1.5, "", "abc", "é", "€", (), (1, 2), [], {}, set(), b"xy"]:
    print("  ", repr(obj).ljust(34), sys.getsizeof(obj))
