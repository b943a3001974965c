# Subclasses of list and dict: which builtin paths call overridden methods and which do not.
class LoudList(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)
    def append(self, x):
        print("append", x)
        super().append(x)
    def __len__(self):
        return super().__len__() + 100
l = LoudList([1, 2, 3])
print(l[0], len(l), list(l), [x for x in l], sum(l), sorted(l), l + [4], type(l + [4]).__name__, type(l[:]).__name__)
l.append(9)
l.extend([10])
l += [11]
print(l, type(l).__name__, isinstance(l, list), l == [1, 2, 3, 9, 10, 11], bool(LoudList()))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = [key]
        return v
    def __getitem__(self, key):
        print("getitem", key)
        return super().__getitem__(key)
d = DefaultDict(a=1)
print(d["a"], d["new"], d.get("zz"), d.get("a"), "new" in d, d, dict(d), {**d})
class CountingDict(dict):
    def __setitem__(self, key, value):
        print("setitem", key, value)
        super().__setitem__(key, value)
    def keys(self):
        print("keys called")
        return super().keys()
c = CountingDict(x=1)
c["y"] = 2
c.update(z=3)
c.setdefault("w", 4)
print(c, dict(c), sorted(c))
e = {}
e.update(c)
print(e, list(c.keys()))
class OrderedKeys(dict):
    def __iter__(self):
        return iter(sorted(super().__iter__(), reverse=True))
o = OrderedKeys(b=1, a=2, c=3)
print(list(o), list(o.keys()), list(o.items()), [k for k in o], dict(o))
