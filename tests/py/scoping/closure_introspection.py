# co_cellvars/co_freevars/co_varnames across nesting; nonlocal makes a cell; __code__ flags of nested defs.
def outer(a, b):
    c = 3
    def inner(d):
        nonlocal c
        c += d
        return a + c
    def unused():
        return 0
    return inner, unused
inner, unused = outer(1, 2)
print(outer.__code__.co_varnames, outer.__code__.co_cellvars, outer.__code__.co_freevars)
print(inner.__code__.co_varnames, inner.__code__.co_freevars, inner.__code__.co_cellvars)
print(unused.__code__.co_freevars, unused.__closure__)
print(inner(10), inner(10), [cell.cell_contents for cell in inner.__closure__])
def arg_is_cell(x):
    def get():
        return x
    x += 1
    return get
print(arg_is_cell(1)(), arg_is_cell.__code__.co_cellvars)
def gen_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    yield add
    yield total
g = gen_closure()
adder = next(g)
adder(5); adder(6)
print(next(g))
def deep():
    a = 1
    def l2():
        b = 2
        def l3():
            return a + b
        return l3
    return l2()
l3 = deep()
print(l3(), l3.__code__.co_freevars, l3.__qualname__)
class Holder:
    def method(self):
        return __class__
print(Holder().method().__name__, Holder.method.__code__.co_freevars, Holder.method.__closure__[0].cell_contents is Holder)
