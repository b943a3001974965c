# Closures, nonlocal and global
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late_binding():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in late_binding()])
total = 0
def add_global(n):
    global total
    total += n
add_global(5)
add_global(7)
print(total)
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
def outer2():
    x = 1
    def change():
        nonlocal x
        x = 2
    change()
    return x
print(outer2())
def cell_contents():
    a = 5
    def f():
        return a
    return f
fn = cell_contents()
print(fn.__closure__[0].cell_contents, fn.__code__.co_freevars)
def shadow():
    x = 1
    def inner():
        x = 2
        return x
    return inner(), x
print(shadow())
def accumulator():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    return add, items
add, items = accumulator()
add("a"); add("b")
print(items)
try:
    def bad():
        print(undefined_local)
        undefined_local = 1
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
