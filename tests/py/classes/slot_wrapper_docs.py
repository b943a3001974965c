# Slot wrappers, method-wrappers and builtin types report CPython's docstrings and signatures.
import inspect
for o in (object, tuple, property, object.__init__, object.__init__.__get__, int.__add__, (1).__add__,
          list.__len__, [].__len__, object.__new__, type.__call__, int.__pow__, object.__lt__, object.__hash__,
          int.__radd__, float.__bool__, object.__setattr__, object.__delattr__, list.__getitem__):
    print(repr(o.__text_signature__), repr(o.__doc__))
    try:
        print(inspect.signature(o))
    except Exception as e:
        print(type(e).__name__, e)
print(object.__init__.__get__.__qualname__, (1).__add__.__qualname__)
print(repr(tuple.__doc__[:30]), property.__doc__[:40])
class C:
    pass
print(inspect.signature(C))
class D1:
    def __init__(self, value):
        self.value = value
class D2(D1):
    pass
print(inspect.signature(D2))
