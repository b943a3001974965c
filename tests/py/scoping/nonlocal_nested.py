# nonlocal binds the nearest enclosing function scope, across several levels.
def level1():
    x = "L1"
    def level2():
        x = "L2"
        def level3():
            nonlocal x
            x = "set by L3"
        level3()
        return x
    r = level2()
    return x, r
print(level1())
def skip_level():
    y = "outer"
    def middle():
        def inner():
            nonlocal y
            y = "inner changed outer"
        inner()
    middle()
    return y
print(skip_level())
def multiple():
    a = b = 0
    def bump():
        nonlocal a, b
        a += 1
        b += 2
    bump(); bump()
    return a, b
print(multiple())
def nonlocal_loop():
    total = 0
    def add(n):
        nonlocal total
        for i in range(n):
            total += i
    add(5)
    add(3)
    return total
print(nonlocal_loop())
def nonlocal_del():
    v = 1
    def remove():
        nonlocal v
        del v
    remove()
    try:
        return v
    except NameError as e:
        return f"NameError: {e}"
print(nonlocal_del())
def generator_nonlocal():
    count = 0
    def gen():
        nonlocal count
        while True:
            count += 1
            yield count
    g = gen()
    next(g); next(g)
    return count
print(generator_nonlocal())
def class_inside():
    v = "function value"
    class K:
        def get(self):
            return v
        def set(self):
            nonlocal v
            v = "set from method"
    K().set()
    return K().get(), v
print(class_inside())
