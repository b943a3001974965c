# Constructor argument errors and __init__ misuse: messages CPython gives.
class A:
    def __init__(self, x, y=2, *, z):
        self.t = (x, y, z)
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {"z": 0}), ((1,), {"z": 0, "w": 1}), ((1,), {"x": 1, "z": 0})]:
    try:
        A(*args, **kw)
    except TypeError as e:
        print("TypeError", e)
print(A(1, z=3).t)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print("TypeError", e)
try:
    NoInit(x=1)
except TypeError as e:
    print("TypeError", e)
class ReturnsValue:
    def __init__(self):
        return 5
try:
    ReturnsValue()
except TypeError as e:
    print("TypeError", e)
class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)
print(type(OnlyNew(1, 2)).__name__)
class NewNoArgs:
    def __init__(self, a):
        self.a = a
print(NewNoArgs(1).a)
class StrictBoth:
    def __new__(cls):
        return super().__new__(cls)
try:
    StrictBoth(1)
except TypeError as e:
    print("TypeError", e)
class InitRaises:
    def __init__(self):
        raise ValueError("init failed")
try:
    InitRaises()
except ValueError as e:
    print("ValueError", e)
class Posonly:
    def __init__(self, a, /, b):
        pass
try:
    Posonly(a=1, b=2)
except TypeError as e:
    print("TypeError", e)
try:
    object.__init__(A.__new__(A), 1)
except TypeError as e:
    print("TypeError", e)
try:
    A.__init__(5, 1, z=1)
    print("A.__init__ on an int: no check in py3")
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
