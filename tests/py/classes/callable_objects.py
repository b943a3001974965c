# __call__ on instances and classes; callable(); bound-method objects; functions stored on instances.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5), callable(len), callable("x".upper))
print(list(map(add5, [1, 2])), sorted([3, 1], key=Adder(0)))
class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print("TypeError", e)
try:
    add5()
except TypeError as e:
    print("TypeError", e)
try:
    add5(1, scale=1, bad=2)
except TypeError as e:
    print("TypeError", e)
class CallAttr:
    pass
ca = CallAttr()
ca.__call__ = lambda: "instance attr"
try:
    ca()
except TypeError as e:
    print("TypeError", e)
print(ca.__call__())
class Meta(type):
    def __call__(cls, *a):
        return f"intercepted {cls.__name__}{a}"
class M(metaclass=Meta):
    pass
print(M(1, 2))
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
m = "hello".upper
print(m(), m.__self__, m.__name__, type(m).__name__)
class K:
    def meth(self):
        return "meth"
k = K()
bm = k.meth
print(bm(), bm.__self__ is k, bm.__func__ is K.meth, bm == k.meth, bm is k.meth, K.meth(k))
class CallProperty:
    @property
    def __call__(self):
        return lambda: "via property"
print(CallProperty()())
