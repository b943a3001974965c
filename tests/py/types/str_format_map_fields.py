# Field names reaching into objects: attributes, items, chained lookups, nested format specs.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return f"({self.x}, {self.y})"
p = Point(3, 4)
data = {"pt": p, "list": [p, Point(5, 6)], "n": {"inner": {"deep": "found"}}}
print("{0.x},{0.y} {0!r} {0!s} {0}".format(p))
print("{pt.x} {list[1].y} {n[inner][deep]}".format(**data))
print("{0[list][0].x:>5}|{0[n][inner]}".format(data))
print("{p.x:{fill}>{width}}".format(p=p, fill="*", width=6))
print("{:{}{}{}}".format(3.14159, "^", 12, ".3f"))
print("{0:{1}}{0:{2}}".format(7, "<3", ">3"))
print("{0.__class__.__name__}".format(p), "{0.real}/{0.imag}".format(2 + 3j), "{.denominator}".format(5))
print("{!r:^20}".format(p), "{!s:_<12}".format(p))
print(format(p, ""), "{}".format(p))
try:
    format(p, "x")
except TypeError as e:
    print("TypeError", e)
class Fmt:
    def __format__(self, spec):
        return spec.upper() or "empty"
print("{0:abc} {0} {0:{1}}".format(Fmt(), "nested"), f"{Fmt():{'a' + 'b'}}")
rows = [("apple", 1.5, 10), ("kiwi", 0.25, 200), ("watermelon", 3.0, 3)]
for name, price, qty in rows:
    print("{:<12}|{:>8.2f}|{:>5d}|{:>9,.2f}".format(name, price, qty, price * qty))
print("{:#^30}".format(" table end "))
