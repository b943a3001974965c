# Specialized PRECALL/CALL forms meet other callables at the same call site: each must
# fall back to the generic call and give the right result and the right errors.
import builtins


def call1(f, x):
    return f(x)


def call2(f, x, y):
    return f(x, y)


def meth(o, x):
    return o.append(x)


def defaults(f, x):
    return f(x)


def g(a, b=10, c=20):
    return a + b + c


for _ in range(20):
    call1(len, [1, 2])
    call2(isinstance, 1, int)
    defaults(g, 1)
print(call1(len, "abcd"), call1(str, 5), call1(tuple, [1, 2]), call1(type, 1.5))
print(call1(abs, -3), call1(lambda v: v * 2, 4), call1(P := type("P", (), {}), None) is None)
print(call2(isinstance, "s", str), call2(max, 3, 9), call2(divmod, 17, 5))
print(defaults(g, 5), defaults(len, "xy"), defaults(lambda a, b=1: a - b, 9))
g.__defaults__ = (1, 2)
print(defaults(g, 5))
try:
    call1(len, 5)
except TypeError as e:
    print("TypeError", e)
try:
    call2(isinstance, 1, 5)
except TypeError as e:
    print("TypeError", e)
lst = []
for i in range(20):
    meth(lst, i)
print(len(lst), lst[-3:])


class MyList(list):
    def append(self, x):
        super().append(x * 10)


m = MyList()
meth(m, 4)
print(m)
try:
    meth((), 1)
except AttributeError as e:
    print("AttributeError", e)
real_len = builtins.len
builtins.len = lambda o: 42
try:
    print(call1(len, [1]))
finally:
    builtins.len = real_len
print(call1(len, [1, 2, 3]))
s = "abc"
for i in range(20):
    r = s.upper()
print(r, str.upper("q"))
try:
    str.upper(5)
except TypeError as e:
    print("TypeError", e)
