# classmethod and staticmethod
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    pass

print(Date.from_string("2024-02-29"))
print(MyDate.from_string("1999-12-31"))
print(Date.is_leap(2000), Date.is_leap(1900), Date(1, 1, 1).is_leap(2024))
d = MyDate(2020, 1, 1)
print(d.from_string("2001-01-01"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
print(Date.from_string.__self__ is Date, MyDate.from_string.__self__ is MyDate)
print(Date.is_leap is Date.__dict__["is_leap"].__func__)

class Registry:
    registered = []
    @classmethod
    def register(cls, item):
        cls.registered.append(item)
        return cls
    @classmethod
    def count(cls):
        return len(cls.registered)
print(Registry.register("a").register("b").count(), Registry.registered)

def plain(x):
    return x * 2
class Wrap:
    sm = staticmethod(plain)
    cm = classmethod(lambda cls, v: (cls.__name__, v))
print(Wrap.sm(4), Wrap().sm(5), Wrap.cm(1), Wrap().cm(2))
print(callable(staticmethod(plain)))

class Counter:
    _n = 0
    @classmethod
    def next_id(cls):
        cls._n += 1
        return cls._n
class SubCounter(Counter):
    pass
print(Counter.next_id(), Counter.next_id(), SubCounter.next_id(), Counter._n, SubCounter._n)
