# del statement on names, items, slices, attributes
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)
class Obj:
    cls_attr = 1
o = Obj()
o.a = 1
o.b = 2
del o.a
print(vars(o))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del o.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del Obj.cls_attr
print(hasattr(Obj, "cls_attr"))
a, b, c = 1, 2, 3
del a, b
print("a" in dir(), "c" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
nested = {"k": [1, 2, 3]}
del nested["k"][1:]
print(nested)
def func():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(func())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
class Deleter:
    def __delitem__(self, key):
        print("__delitem__", key)
    def __delattr__(self, name):
        print("__delattr__", name)
dl = Deleter()
del dl[1:2], dl["k"]
del dl.attr
for i in range(2):
    pass
del i
print("i" in dir())
