# global statement and module-level names
counter = 0
config = {"debug": False}

def increment():
    global counter
    counter += 1
    return counter

def toggle():
    config["debug"] = not config["debug"]

def define_new():
    global created_later
    created_later = "defined inside function"

print(increment(), increment(), counter)
toggle()
print(config)
define_new()
print(created_later)

def read_only():
    return counter * 10
print(read_only())

def shadowing():
    counter = "local"
    return counter
print(shadowing(), counter)

def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)

def uses_before_global_assignment():
    try:
        return counter_local
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(uses_before_global_assignment())

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 1
unbound()

g = globals()
g["injected"] = 7
print(injected, "counter" in g, "nonexistent" in g)

class K:
    global from_class
    from_class = "set in class body"
print(from_class)

x = "module"
class Scope:
    x = "class"
    def method(self):
        return x
print(Scope().method(), Scope.x)

def del_global():
    global injected
    del injected
del_global()
print("injected" in globals())
print(__name__)
