# slice objects: attributes, indices() normalisation, equality/hash, and use by custom __getitem__.
for s in [slice(5), slice(1, 5), slice(1, 5, 2), slice(None, None, -1), slice(-3, None), slice(10, -10, -3), slice("a", "b", "c")]:
    print(repr(s), s.start, s.stop, s.step)
for s in [slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(5, 1, -2), slice(None, None, 3)]:
    print(s, [s.indices(n) for n in [0, 1, 5, 10]])
for args in [(10, 0), (10,), ("x",)]:
    try:
        slice(None, None, args[1] if len(args) > 1 else None).indices(*args[:1]) if len(args) > 1 else slice(1).indices(args[0])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print("ValueError", e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1) < slice(2), slice(1, 2, 3) == slice(1, 2, 3))
try:
    hash(slice(1))
except TypeError as e:
    print("TypeError", e)
try:
    slice()
except TypeError as e:
    print("TypeError", e)
class Seq:
    def __getitem__(self, key):
        return key
s = Seq()
print(s[1:2], s[::], s[1:2, 3], s[..., 1:], s[:], s[::-1], s[1:2:3], s[None:None])
print(s[1, 2], s[()], s["a":"b"])
print(slice(0, 10, 2).indices(5), list(range(*slice(0, 10, 2).indices(5))), "abcdefgh"[slice(1, None, 3)])
print(type(slice(1)).__name__, slice.__mro__)
try:
    slice(1).start = 5
except AttributeError as e:
    print("AttributeError", e)
class I:
    def __index__(self):
        return 2
print(slice(I(), I()).indices(10), [0, 1, 2, 3][I():], "abc"[:I()])
