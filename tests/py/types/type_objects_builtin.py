# Builtin types as objects: names, qualnames, modules, bases, reprs, calling type() with one arg.
for t in [int, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset, range, slice, bool, type, object,
          type(None), type(...), type(NotImplemented), property, staticmethod, classmethod, super, enumerate, zip, map, filter, reversed]:
    print(t.__name__, t.__qualname__, t.__module__, [b.__name__ for b in t.__bases__], repr(t))
for v in [1, 1.0, 1j, "s", b"b", [], (), {}, set(), frozenset(), range(1), slice(1), True, None, ..., NotImplemented, len, [].append, print]:
    print(type(v).__name__, type(v) is v.__class__)
print(type(len), type([].append), type(int.__add__), type((1).__add__), type(str.join), type(dict.fromkeys), type(object.__init__))
print(repr(len), repr(int.__add__)[:30], repr(dict.fromkeys)[:40], repr(object.__init__))
print(int.__doc__ is not None, type.__mro__, object.__bases__, type(type), type(object))
print(isinstance(int, type), issubclass(type, object), isinstance(type, object), isinstance(object, type))
