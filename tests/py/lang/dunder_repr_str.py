# __repr__, __str__, __format__
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<1>"

class OnlyStr:
    def __str__(self):
        return "only str"

b, r = Both(), OnlyRepr()
print(b, repr(b), str(b))
print(r, repr(r), str(r))
print([b, r], (b,), {"k": b})
print(f"{b} {b!r} {b!s} {r}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print(str(OnlyStr()))
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at "))

class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self):
        return format(self)

m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m, "short"), str(m))
print("{:short}".format(m))

class Recursive:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"R{self.children}"
root = Recursive()
root.children.append(Recursive())
print(root)
lst = [1]
lst.append(lst)
print(lst, repr(lst))
d = {"a": 1}
d["self"] = d
print(d)

class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\n\t\\"))
print(repr(1.5), repr(None), repr(True), repr(...), repr(NotImplemented))
