# Method descriptors of builtin types: calling unbound, wrong self types, reprs, __objclass__, wrappers.
print(str.upper("abc"), list.__len__([1, 2]), dict.get({"k": 1}, "k"), int.__add__(1, 2), int.__add__(1, "a"))
for call in [lambda: str.upper(5), lambda: list.append((), 1), lambda: dict.keys([]), lambda: int.__add__("a", 1),
             lambda: str.join(), lambda: list.append([]), lambda: str.__len__(1), lambda: set.add(frozenset(), 1)]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
print(repr(str.upper), repr(list.append), repr(int.__add__), repr(dict.__dict__["fromkeys"]), repr(object.__init__))
print(str.upper.__objclass__, list.append.__name__, list.append.__qualname__, int.__add__.__name__, int.__add__.__qualname__)
print(type(str.upper).__name__, type("x".upper).__name__, type(int.__add__).__name__, type((1).__add__).__name__, type(dict.__dict__["fromkeys"]).__name__)
bound = "hello".upper
print(bound(), bound.__self__, bound.__name__, bound.__qualname__, repr(bound).split(" at ")[0])
wrapper = (5).__add__
print(wrapper(3), wrapper.__self__, wrapper.__name__, repr(wrapper).split(" at ")[0], wrapper.__objclass__ if hasattr(wrapper, "__objclass__") else "-")
print(str.upper.__get__("xyz")(), int.__add__.__get__(7)(1), str.__dict__["upper"] is str.upper)
try:
    str.upper.__get__(5)
except TypeError as e:
    print("TypeError", e)
print(len.__name__, len.__qualname__, len.__module__, len.__self__, repr(len), type(len).__name__)
print([].append.__self__, [].append.__name__, repr([].append).split(" at ")[0], {}.fromkeys.__self__)
print(str.maketrans.__self__ if hasattr(str.maketrans, "__self__") else "-", dict.fromkeys.__self__ is dict, type(dict.fromkeys).__name__)
class Sub(str):
    pass
print(str.upper(Sub("sub")), type(str.upper(Sub("sub"))).__name__, list.__getitem__([1, 2, 3], slice(1, None)))
print(object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(1, 2), object.__lt__(1, 2), object.__hash__(None) == hash(None) if False else "skip")
print(int.__dict__["__add__"].__objclass__, str.__dict__["__len__"].__name__, float.__dict__["__repr__"](2.5))
print(list.__init__ is object.__init__, list.__new__ is object.__new__, list.__dict__["__init__"].__objclass__)
