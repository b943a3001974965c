# Lambdas: defaults evaluated at definition, closures over loop variables, recursion through names.
x = 1
f = lambda y=x: y
x = 2
print(f(), f(5))
fs = [lambda n=n: n * n for n in range(4)]
print([g() for g in fs])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
compose = lambda f, g: lambda x: f(g(x))
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
mutable_default = lambda acc=[]: (acc.append(len(acc)), acc)[1]
print(mutable_default(), mutable_default(), mutable_default([9]))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print((lambda a, /, b, *, c: (a, b, c))(1, b=2, c=3))
print(f.__name__, f.__defaults__, fact.__code__.co_name, (lambda: 0).__qualname__)
def outer():
    return lambda: outer_var
outer_var = "global read at call time"
print(outer()())
class K:
    attr = 5
    get = lambda self: self.attr
    double = staticmethod(lambda v: v * 2)
print(K().get(), K.double(4))
