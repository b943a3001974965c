# Class creation, inheritance, super() calls, properties, __init__-heavy object creation.


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def describe(self):
        return self.name + ":" + str(self.area())


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self._w = w
        self._h = h

    @property
    def w(self):
        return self._w

    @w.setter
    def w(self, v):
        self._w = v

    def area(self):
        return self._w * self._h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def area(self):
        return super().area() + 0


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash(self.x * 100003 + self.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


def make_classes(n):
    total = 0
    for i in range(n):
        class C(Shape):
            k = i

            def get(self):
                return self.k * 2

        obj = C("dyn")
        total += obj.get() + len(C.__name__)

        class Local(Rect):
            def area(self):
                return super().area() * 2

        total += Local(i % 5, 3).area()
    return total


def main():
    shapes = []
    for i in range(200000):
        k = i % 3
        if k == 0:
            shapes.append(Rect(i % 10, i % 7))
        elif k == 1:
            shapes.append(Square(i % 9))
        else:
            shapes.append(Circle(i % 11))
    area = 0
    for s in shapes:
        area += s.area()
    for s in shapes[:60000]:
        if isinstance(s, Rect):
            s.w = s.w + 1
    area2 = sum(s.area() for s in shapes)
    descs = len("".join(s.describe() for s in shapes[:20000]))
    p = Point(0, 0)
    for i in range(200000):
        p = p + Point(i % 3, 1)
    pts = set(Point(i % 50, i % 30) for i in range(20000))
    print(Shape.count, area, area2, descs, repr(p), len(pts), make_classes(10000))


main()
