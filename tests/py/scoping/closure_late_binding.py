# Closures capture variables, not values: late binding in loops and the default-argument fix.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def make_multipliers_fixed():
    return [(lambda i: lambda x: x * i)(i) for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc(), get())
def outer():
    x = "before"
    def show():
        return x
    x = "after"
    return show
print(outer()())
def loop_closures():
    result = []
    for name in ["a", "b"]:
        def f():
            return name
        result.append(f)
    name = "changed"
    return [f() for f in result]
print(loop_closures())
adders = {}
for k in range(3):
    def adder(x, k=k):
        return x + k
    adders[k] = adder
print({k: f(10) for k, f in adders.items()})
