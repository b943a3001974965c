# __del__ runs when the last reference goes, in CPython's order.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Noisy("a")
b = Noisy("b")
print("before")
del a
print("after del a")
b = None
print("after b = None")

def scope():
    x = Noisy("local")
    print("in scope")

scope()
print("after scope")

items = [Noisy("item0"), Noisy("item1"), Noisy("item2")]
items.pop()
print("popped")
del items
print("end")
last = Noisy("module-level")
