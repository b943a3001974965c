# reversed()
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(4))))
print(list(reversed([])), "".join(reversed("hello")), list(reversed(b"ab")), list(reversed(bytearray(b"xy"))))
d = {"x": 1, "y": 2, "z": 3}
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r), list(r))
print(type(reversed(range(3))).__name__, type(reversed("s")).__name__, type(reversed({})).__name__)
lst = [1, 2, 3]
rv = reversed(lst)
lst.append(4)
print(list(rv))
lst2 = [1, 2, 3]
rv2 = reversed(lst2)
lst2.clear()
print(list(rv2))
for bad in [{1, 2}, iter([1]), 5, (x for x in [1])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])
print(list(reversed(Rev())))
class SeqOnly:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print(list(reversed(SeqOnly())))
class NoneRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoneRev())
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(10, 0, -3))), list(reversed(range(0))), reversed(range(5)).__length_hint__())
print([x for x in reversed(list(enumerate("ab")))])
print(list(reversed(sorted([3, 1, 2]))) == sorted([3, 1, 2], reverse=True))
