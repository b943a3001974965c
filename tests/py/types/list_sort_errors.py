# Errors during sorting: uncomparable items, list mutated during sort, failing keys, bad arguments.
for data in [[1, "a"], [None, 1], [1j, 2j], [{1}, [1]], [3, 2, "x", 1]]:
    try:
        sorted(data)
    except TypeError as e:
        print("TypeError", e)
lst = [3, 1, 2]
def evil(x):
    lst.append(x)
    return x
try:
    lst.sort(key=evil)
except ValueError as e:
    print("ValueError", e)
print(lst)
lst2 = [3, 1, 2]
try:
    lst2.sort(key=lambda x: 1 / (x - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(lst2)
class Bad:
    def __lt__(self, other):
        raise RuntimeError("cannot compare")
try:
    sorted([Bad(), Bad()])
except RuntimeError as e:
    print("RuntimeError", e)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print("TypeError", e)
try:
    sorted([1], cmp=None)
except TypeError as e:
    print("TypeError", e)
try:
    sorted()
except TypeError as e:
    print("TypeError", e)
try:
    sorted(5)
except TypeError as e:
    print("TypeError", e)
try:
    [1].sort(reverse="yes")
    print("reverse str ok")
except TypeError as e:
    print("TypeError", e)
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError as e:
    print("TypeError", e)
class GtOnly:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
print([g.v for g in sorted([GtOnly(3), GtOnly(1), GtOnly(2)])])
seen = []
a = [5, 4, 3, 2, 1]
def peek(x):
    seen.append(len(a))
    return x
a.sort(key=peek)
print(a, seen)
