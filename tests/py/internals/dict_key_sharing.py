# Instance __dict__ sizes (key-sharing dicts) as attributes are added in the same or different orders.
import sys
class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b
p1, p2 = P(1, 2), P(3, 4)
print(sys.getsizeof(p1.__dict__), sys.getsizeof(p2.__dict__), sys.getsizeof(dict(p1.__dict__)))
p2.c = 5
print(sys.getsizeof(p2.__dict__), list(p2.__dict__))
class Q:
    pass
q = Q()
sizes = []
for i in range(12):
    setattr(q, f"attr{i}", i)
    sizes.append(sys.getsizeof(q.__dict__))
print(sizes)
print(list(vars(q))[:3], len(vars(q)))
d = q.__dict__.copy()
print(sys.getsizeof(d))
class R:
    def __init__(self, flip):
        if flip:
            self.y = 1
            self.x = 2
        else:
            self.x = 1
            self.y = 2
r1, r2 = R(False), R(True)
print(list(vars(r1)), list(vars(r2)), sys.getsizeof(vars(r1)), sys.getsizeof(vars(r2)))
del r1.x
print(list(vars(r1)), sys.getsizeof(vars(r1)))
