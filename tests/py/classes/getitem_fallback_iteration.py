# Old-style iteration through __getitem__ until IndexError; `in` falls back to iteration too.
class Squares:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 4:
            raise IndexError(i)
        return i * i
s = Squares()
print(list(s))
print(9 in s)
print(7 in s)
it = iter(s)
print(type(it).__name__, next(it), next(it))
class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))
class KeyErrorStops:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorStops())
except KeyError as e:
    print("KeyError", e)
class Letters:
    def __getitem__(self, i):
        return "abc"[i]
print(list(Letters()), list(reversed(["x", "y"])), "b" in Letters(), sorted(Letters(), reverse=True))
class WithLen:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError
        return i * 10
print(list(reversed(WithLen())), list(WithLen()), len(WithLen()))
class OnlyLen:
    def __len__(self):
        return 1
try:
    iter(OnlyLen())
except TypeError as e:
    print("TypeError", e)
try:
    reversed(Squares())
except TypeError as e:
    print("TypeError", e)
class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
    def __iter__(self):
        print("iter (should not run for in)")
        return iter([])
print(1 in Contains(), 2 not in Contains())
class ContainsRetval:
    def __contains__(self, x):
        return "truthy"
print(5 in ContainsRetval())
class GetItemDict:
    def __getitem__(self, k):
        return {0: "a", 1: "b"}[k]
try:
    print(list(GetItemDict()))
except KeyError as e:
    print("KeyError", e)
