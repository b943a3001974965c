# LOAD_METHOD_WITH_VALUES, LOAD_METHOD_WITH_DICT and LOAD_METHOD_NO_DICT: an instance
# attribute of the method's name, a new shared key, a materialised __dict__ and a changed
# class must all be seen.
import dis


def show(f):
    print(f.__name__, [i.opname for i in dis.get_instructions(f, adaptive=True)
                       if "METHOD" in i.opname])


class C:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class NoDict:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v * 10


def call(o):
    return o.get()


cs = [C(i) for i in range(25)]
for c in cs:
    call(c)
show(call)
cs[0].get = lambda: "shadowed"
print(call(cs[0]), call(cs[1]))
cs[2].other = 1
print(call(cs[2]), call(cs[3]))
d = cs[4].__dict__
print(call(cs[4]), d)
d["get"] = lambda: "dict-shadowed"
print(call(cs[4]))
C.get = lambda self: ("replaced", self.v)
print(call(cs[5]))
for _ in range(20):
    call(cs[4])
show(call)
n = [NoDict(i) for i in range(25)]


def calln(o):
    return o.get()


for o in n:
    calln(o)
show(calln)
print(calln(n[3]))
NoDict.get = lambda self: "patched"
print(calln(n[3]))


def callmod(m):
    return m.dumps(1)


import json
for _ in range(20):
    callmod(json)
print(callmod(json))
