# for-loop and with-statement targets live in the enclosing scope after the statement ends.
for i in range(3):
    pass
print(i)
for j in []:
    pass
print("j" in globals())
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    pass
print(a, b, c)
class Obj:
    pass
o = Obj()
for o.attr in range(2):
    pass
print(o.attr)
d = {}
for d["key"] in "xy":
    pass
print(d)
lst = [0, 0]
for lst[0] in [7, 8]:
    pass
print(lst)
class CM:
    def __enter__(self):
        return "entered"
    def __exit__(self, *a):
        return False
with CM() as value:
    pass
print(value)
def func_scope():
    for k in range(2):
        inner = k * 10
    return k, inner
print(func_scope())
while (n := 3) > 5:
    pass
print(n)
x = [w for w in range(3)]
print("w" in globals())
for first, *rest in ["abc", "de"]:
    pass
print(first, rest)
i = 0
for i in range(i, i + 3):
    pass
print(i)
