# global declarations in nested functions, classes and comprehensions; globals() dict access.
counter = 0
def bump():
    global counter
    counter += 1
def outer():
    counter = "local"
    def inner():
        global counter
        counter += 10
    inner()
    return counter
bump()
print(counter, outer(), counter)
def create_global():
    global created
    created = "created in function"
create_global()
print(created)
def read_only():
    return counter + 1
print(read_only())
class K:
    global from_class
    from_class = "set in class body"
    attr = counter
print(from_class, K.attr, hasattr(K, "from_class"))
def uses_globals_dict():
    globals()["via_dict"] = 99
uses_globals_dict()
print(via_dict)
x = "global x"
def shadow():
    x = "local x"
    def inner():
        global x
        return x
    return inner(), x
print(shadow())
def comp_global():
    return [counter for _ in range(2)]
print(comp_global())
def del_global():
    global created
    del created
del_global()
try:
    print(created)
except NameError as e:
    print("NameError", e)
def global_then_nonlocal_sibling():
    y = 1
    def a():
        global y
        y = "global y"
    def b():
        nonlocal y
        y = "nonlocal y"
    a(); b()
    return y
print(global_then_nonlocal_sibling(), y)
