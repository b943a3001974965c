# global and nonlocal in the same program: each name resolves per function; module-level nonlocal-free code.
x = "module"
def a():
    x = "a-local"
    def b():
        nonlocal x
        x = "set by b"
        def c():
            global x
            x = "set by c"
        c()
        return x
    return b(), x
print(a(), x)
def counter_factory():
    global created_counters
    created_counters = globals().get("created_counters", 0) + 1
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
s1 = counter_factory()
s2 = counter_factory()
s1(); s1()
print(s1(), s2(), created_counters)
def shadow_param(x):
    def inner():
        return x
    x = x * 2
    return inner()
print(shadow_param(21))
y = 1
def reads_then_globals():
    values = [y]
    globals()["y"] = 2
    values.append(y)
    return values
print(reads_then_globals())
def class_global():
    class K:
        global gk
        gk = "from class in function"
    return gk
print(class_global(), gk)
