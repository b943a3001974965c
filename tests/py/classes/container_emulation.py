# A full mapping/sequence emulation: __getitem__/__setitem__/__delitem__ with slices, __reversed__, __len__.
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, key):
        print("get", key)
        if isinstance(key, slice):
            return Seq(self.items[key])
        return self.items[key]
    def __setitem__(self, key, value):
        print("set", key, value)
        self.items[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.items[key]
    def __reversed__(self):
        print("reversed")
        return reversed(self.items)
    def __repr__(self):
        return f"Seq({self.items})"
s = Seq("abcdef")
print(s[1], s[-1], s[1:3], s[::2])
s[0] = "A"
s[1:3] = ["B", "C"]
del s[-1]
del s[::2]
print(s, len(s), list(reversed(s)))
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
s[1:2, 3] if False else None
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
g = Grid()
g[0, 0] = "#"
g[1, 2] = "@"
print(g[0, 0], g[1, 2], g[5, 5], sorted(g.cells))
try:
    g[1]
except TypeError as e:
    print("TypeError", e)
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[1] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del ReadOnly()[1]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    len(ReadOnly())
except TypeError as e:
    print("TypeError", e)
class Idx:
    def __index__(self):
        return 1
    def __repr__(self):
        return "Idx()"
print([10, 20, 30][Idx()], "xyz"[Idx()], (1, 2)[Idx()], range(5)[Idx()], Seq([7, 8])[Idx()])
