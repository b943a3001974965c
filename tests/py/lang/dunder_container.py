# Container protocol: __len__, __getitem__, __setitem__, __delitem__, __iter__, __contains__
class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"{key} out of range")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            yield "".join(self[x, y] for x in range(self.w))

g = Grid(3, 2)
g[1, 0] = "#"
g[2, 1] = "@"
print(len(g), g[1, 0], g[0, 0])
print(list(g))
print("#" in g, "?" in g, "?" not in g)
del g[1, 0]
print(list(g))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)

class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
s = Seq()
print(list(s), 20 in s, 25 in s)
for v in s:
    print("seq", v)
print(list(reversed([*s])))

class Sliceable:
    def __getitem__(self, item):
        return item
sl = Sliceable()
print(sl[1], sl[1:2], sl[::2], sl[1, 2:3], sl[...])
print(sl[:].start, sl[1:5:2].indices(10))

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(7)), bool(Sized(0)), bool(Sized(2)))
try:
    len(Sized(-1))
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)

class MissingDict(dict):
    def __missing__(self, key):
        return f"default-{key}"
md = MissingDict(a=1)
print(md["a"], md["zz"], "zz" in md, md.get("zz"))
