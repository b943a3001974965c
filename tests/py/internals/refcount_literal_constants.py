# While the main script runs, its AST arena still holds the literal constants, so they count one extra reference.
import sys
big = 10**30 + 7
computed = int("1" * 30) + 7
print(sys.getrefcount(big), sys.getrefcount(computed))
fl = 1.5 * 3.7
fl2 = float("1.5") * 3.7
print(sys.getrefcount(fl), sys.getrefcount(fl2))
s = "a literal string that is not interned!"
s2 = "".join(["a literal", " string built at run time!"])
print(sys.getrefcount(s), sys.getrefcount(s2))
t = (1, 2, "three")
t2 = tuple([1, 2, "three"])
print(sys.getrefcount(t), sys.getrefcount(t2))
def f():
    local_const = 12345678901234567890
    return sys.getrefcount(local_const)
print(f())
