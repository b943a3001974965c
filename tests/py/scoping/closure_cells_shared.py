# Closures share cells: sibling closures see each other's updates; __closure__ and cell_contents.
def pair():
    value = 0
    def setter(v):
        nonlocal value
        value = v
    def getter():
        return value
    return setter, getter
s, g = pair()
s(42)
print(g(), g.__closure__[0].cell_contents, s.__closure__[0] is g.__closure__[0])
print(g.__code__.co_freevars, pair.__code__.co_cellvars)
def outer():
    a = 1
    b = 2
    def inner():
        return a + b
    return inner
f = outer()
print(f(), [c.cell_contents for c in f.__closure__], f.__code__.co_freevars)
def no_closure():
    return 1
print(no_closure.__closure__)
def nested3():
    x = "x"
    def mid():
        def inner():
            return x
        return inner
    return mid()
inn = nested3()
print(inn(), inn.__code__.co_freevars, nested3.__code__.co_cellvars)
def cell_empty():
    def use():
        return later
    try:
        use()
    except NameError as e:
        print("NameError", e)
    later = "now set"
    print(use())
    print(use.__closure__[0].cell_contents)
cell_empty()
def modify_cell():
    v = [1]
    def add():
        v.append(2)
    add()
    return v
print(modify_cell())
def holder():
    h = 5
    return lambda: h
c = holder().__closure__[0]
print(type(c).__name__, c.cell_contents)
c.cell_contents = 6
print(c.cell_contents)
del c.cell_contents
try:
    c.cell_contents
except ValueError as e:
    print("ValueError", e)
