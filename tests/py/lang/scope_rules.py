# LEGB scope resolution
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())

def local_wins():
    x = "local"
    return x
print(local_wins(), x)

def builtin_shadow():
    len = lambda s: "shadowed len"
    return len("abc")
print(builtin_shadow(), len("abc"))

def no_leak():
    for i in range(3):
        pass
    return i
print(no_leak())

def closure_sees_later_assignment():
    def get():
        return value
    value = "assigned after def"
    return get()
print(closure_sees_later_assignment())

class A:
    y = 1
    def method(self):
        try:
            return y
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(A().method())

def comprehension_scope():
    n = 10
    return [n + i for i in range(3)]
print(comprehension_scope())

def params_are_local(x):
    x = x * 2
    return x
print(params_are_local(4), x)

def counter_factory():
    counts = {"n": 0}
    def bump():
        counts["n"] += 1
        return counts["n"]
    return bump
b = counter_factory()
b(); b()
print(b())
