# slice objects
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(5)), slice(None), slice(1, None))
data = list(range(12))
print(data[s], data[slice(3)], data[slice(-3, None)], data[slice(None, None, -4)])
print("abcdefgh"[slice(2, 6)], (0, 1, 2, 3)[slice(None, None, 2)])
print(s.indices(5), slice(None, None, -1).indices(5), slice(-100, 100).indices(10), slice(-3, -1).indices(10))
print(slice(0, 10, 3).indices(4), slice(None, None, -2).indices(7), slice(5, 2, -1).indices(3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3))
try:
    hash(slice(1, 2))
    print("slice hashable")
except TypeError as e:
    print(type(e).__name__, e)
print(slice("a", "b", "c"), slice([1], None).start)
class Capture:
    def __getitem__(self, key):
        return key
c = Capture()
print(c[1:2], c[::], c[:5], c[1:2, ::3], c[..., 1:], c[-1::-1])
print(type(c[:]).__name__, c[:].start is None)
lst = list(range(10))
lst[slice(2, 5)] = ["x"]
print(lst)
del lst[slice(None, None, 2)]
print(lst)
print(list(range(100))[slice(90, None, 3)], range(20)[slice(2, 15, 4)])
idx = slice(1, 3)
rows = ["abcd", "efgh"]
print([r[idx] for r in rows])
print(slice(1, 2, 3).__reduce__()[1], slice(None, 5).stop)
print([0, 1, 2, 3, 4, 5][slice(True, 4, True)], "xyz"[slice(None, -1)])
