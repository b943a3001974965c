# issubclass() on objects whose __bases__ lead back to themselves ends in RecursionError
# (with several bases; one base is followed in a loop), and normal abstract bases work.
import sys

class X:
    @property
    def __bases__(self):
        return (self, self, self)

old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    issubclass(X(), int)
except RecursionError as e:
    print("RecursionError", e)
finally:
    sys.setrecursionlimit(old)

class Fake:
    def __init__(self, bases):
        self.bases = bases
    @property
    def __bases__(self):
        return self.bases

root = Fake(())
a = Fake((root,))
b = Fake((Fake(()), a))
print(issubclass(b, root), issubclass(a, root), issubclass(root, a))
print(issubclass(Fake((Fake(()), Fake(()))), root))

# isinstance / issubclass with deeply nested tuples of classes end in RecursionError too.
nested = (int,)
for _ in range(sys.getrecursionlimit() + 5):
    nested = (nested,)
for check, arg in ((isinstance, 1), (issubclass, bool)):
    try:
        check(arg, nested)
    except RecursionError as e:
        print(check.__name__, "RecursionError", e)
print(isinstance(1, ((((int,),),),)), issubclass(bool, (str, (int,))))

class Broken:
    @property
    def __bases__(self):
        raise KeyError("bases")
for args in ((Broken(), int), (int, Broken())):
    try:
        issubclass(*args)
    except KeyError as e:
        print("KeyError", e)
try:
    issubclass(1, int)
except TypeError as e:
    print("TypeError", e)
