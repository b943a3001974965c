# match statement: class patterns and __match_args__
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r

def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "some point"
        case Circle(Point(0, 0), r):
            return f"circle at origin r={r}"
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return f"big circle cx={cx}"
        case Circle(_, r):
            return f"circle r={r}"
        case int(n) | float(n):
            return f"number {n}"
        case str(s):
            return f"string {s}"
        case list([int(a), str(b)]):
            return f"list {a} {b}"
        case dict({"k": v}):
            return f"dict {v}"
        case _:
            return "unknown"

shapes = [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2),
          Circle(Point(0, 0), 1), Circle(Point(4, 4), 20), Circle(Point(1, 1), 2),
          7, 2.5, "s", [1, "a"], {"k": "v"}, None, True]
for s in shapes:
    print(where(s))

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)

class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)

match Point(1, 2):
    case Point(x=1, z=3):
        print("no z attr, should not match")
    case Point(y=2) as p:
        print("matched by keyword", p.x)
