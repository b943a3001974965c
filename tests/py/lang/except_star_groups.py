# Exception groups and except* (3.11)
eg = ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
print(type(eg).__name__, eg.message, len(eg.exceptions))
print(str(eg))
print([type(e).__name__ for e in eg.exceptions])

try:
    raise eg
except* ValueError as group:
    print("values:", [str(e) for e in group.exceptions])
except* TypeError as group:
    print("types:", [str(e) for e in group.exceptions])

match_, rest = eg.split(ValueError)
print([str(e) for e in match_.exceptions], [str(e) for e in rest.exceptions])
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(sub.message, [str(e) for e in sub.exceptions])
print(eg.subgroup(KeyError))

try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), OSError("o")])
    except* KeyError:
        print("handled KeyError")
except ExceptionGroup as remaining:
    print("remaining:", [type(e).__name__ for e in remaining.exceptions])

try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked wrapped:", type(g).__name__, [str(e) for e in g.exceptions])

nested = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("inner", [ValueError("b"), KeyError("c")])])
try:
    raise nested
except* ValueError as g:
    print("nested values:", repr(g))
except* KeyError as g:
    print("nested keys:", repr(g))

try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, issubclass(ExceptionGroup, BaseExceptionGroup))
print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
