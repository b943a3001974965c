# Shadowing builtins at module and function level, restoring them with del, locals() snapshots.
print(len("abc"))
len = lambda x: "shadowed len"
print(len("abc"))
del len
print(len("abc"))
def local_shadow():
    max = "local max"
    return max
print(local_shadow(), max(1, 2))
def list_shadow():
    list = [1, 2]
    return list
print(list_shadow(), list("ab"))
def locals_snapshot():
    a = 1
    snap = locals()
    b = 2
    return sorted(snap), sorted(locals())
print(locals_snapshot())
def locals_write():
    x = 1
    locals()["x"] = 99
    return x
print(locals_write())
import sys
print(type(__builtins__).__name__ in ("module", "dict"), "print" in dir(sys.modules["builtins"]))
True_ = True
def none_shadow():
    None_ = "not None"
    return None_ is None
print(none_shadow())
str = "shadow str type"
try:
    str(5)
except TypeError as e:
    print("TypeError", e)
del str
print(str(5))
def builtin_in_class():
    class K:
        print = "class attr named print"
        def m(self):
            return print is not K.print
    return K().m()
print(builtin_in_class())
