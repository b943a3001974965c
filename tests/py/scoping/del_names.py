# del of local, global, attribute, item and slice targets; NameError/UnboundLocalError after del.
a = 1
del a
try:
    a
except NameError as e:
    print("NameError", e)
def local_del():
    v = 5
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(local_del())
def del_unbound():
    try:
        del w
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    w = 1
del_unbound()
try:
    del never_defined
except NameError as e:
    print("NameError", e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0], lst[-1]
del lst[1:3]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class O:
    pass
o = O()
o.x = 1
del o.x
print(hasattr(o, "x"))
x, y = 1, 2
del x, y
print("x" in globals(), "y" in globals())
(p, q) = (3, 4)
del (p, q)
print("p" in dir())
[m, n] = [1, 2]
del [m, n]
print("m" in dir())
def del_in_loop():
    for k in range(3):
        val = k
        del val
    return "ok"
print(del_in_loop())
def del_param(param):
    del param
    return "param deleted"
print(del_param(1))
def del_then_global():
    global gx
    gx = 1
    del gx
    return "gx" in globals()
print(del_then_global())
