# Module objects: attributes of sys and __main__, creating modules with type(sys), module __dict__ and repr.
import sys
main = sys.modules["__main__"]
print(type(sys).__name__, sys.__name__, main.__name__, __name__, main.__dict__ is globals(), type(main.__dict__).__name__)
print(repr(sys), sys.__spec__ is None or True, "__builtins__" in globals(), "__doc__" in dir(main))
M = type(sys)
m = M("made_up")
print(m, m.__name__, m.__doc__, m.__dict__ == {"__name__": "made_up", "__doc__": None, "__package__": None, "__loader__": None, "__spec__": None}, sorted(m.__dict__))
m2 = M("documented", "the doc")
print(m2.__doc__)
m.value = 42
m.fn = lambda: "module function"
print(m.value, m.fn(), sorted(k for k in vars(m) if not k.startswith("__")))
try:
    m.missing
except AttributeError as e:
    print("AttributeError", e)
m.__getattr__ = lambda name: f"dynamic {name}"
print(m.anything)
del m.value
print(hasattr(m, "value"))
try:
    del m.value
except AttributeError as e:
    print("AttributeError", e)
try:
    M()
except TypeError as e:
    print("TypeError", e)
try:
    M(5)
except TypeError as e:
    print("TypeError", e)
noname = M("x")
del noname.__name__
try:
    noname.missing
except AttributeError as e:
    print("AttributeError", e)
print(repr(noname))
print(sys.modules["sys"] is sys, "builtins" in sys.modules, sys.modules["builtins"].len is len, type(sys.modules).__name__)
print(main.__dict__["__name__"], isinstance(sys, M), M.__name__, M.__module__ if False else "skip")
x_before = "main global"
print(getattr(main, "x_before"), main.x_before is x_before)
