# Deeply nested scopes, conditional locals, locals()
x = "global"
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())

def conditional_local(flag):
    if flag:
        z = "set"
    try:
        return z
    except UnboundLocalError:
        return "unbound"
print(conditional_local(True), conditional_local(False))

def loop_closures():
    fs = []
    for i in range(3):
        def f(i=i):
            return i
        fs.append(f)
    return [f() for f in fs]
print(loop_closures())
print(locals() is globals(), "x" in locals())
def show_locals(a, b=2):
    c = 3
    return sorted(locals().items())
print(show_locals(1))
