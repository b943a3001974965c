# Errors raised by % formatting.
cases = [
    ("%d", "x"), ("%d", ()), ("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%(a)s", {"b": 1}),
    ("%y", 1), ("%", 1), ("%c", "ab"), ("%c", 0x110000), ("%c", -1), ("%x", 1.5), ("%d", [1]), ("%f", "1"),
    ("%(a", {"a": 1}), ("%*d", ("x", 1)), ("%.*f", (1.5, 1.0)), ("abc", 1), ("%s", {}), ("%i", None),
    ("%(a)s %s", {"a": 1}), ("%o", 1.0), ("%X", "a"), ("%e", None), ("%c", 1.5), ("%5", 1), ("%-", 1),
]
for fmt, args in cases:
    try:
        r = fmt % args
        print(repr(fmt), "ok", repr(r))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    b"%s" % "str"
except TypeError as e:
    print("TypeError", e)
try:
    "%d" % 10**5000
except ValueError as e:
    print("ValueError", str(e)[:60])
