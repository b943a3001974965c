# __del__ timing on reassignment, augmented assignment, attribute replacement and returning from calls.
class N:
    def __init__(self, name):
        self.name = name
        print("new", name)
    def __del__(self):
        print("del", self.name)
x = N("first")
x = N("second")
print("after reassign")
holder = type("Holder", (), {})()
holder.attr = N("attr1")
holder.attr = N("attr2")
print("after attr replace")
del holder
print("after holder deleted")
def make():
    tmp = N("temp")
    return N("returned")
r = make()
print("after make")
N("discarded")
print("after discarded expression")
values = {"k": N("v1")}
values["k"] = N("v2")
print("after dict overwrite")
a = N("a")
b = a
del a
print("a deleted, b still alive")
b = None
print("b cleared")
for i in range(2):
    loop = N(f"loop{i}")
print("after loop")
del loop
print("end")
