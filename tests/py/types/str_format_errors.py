# Errors from str.format and format(): bad fields, conversions, specs and missing arguments.
cases = [
    ("{", ()), ("}", ()), ("{0", (1,)), ("{0!}", (1,)), ("{0!x}", (1,)), ("{:d}", ("s",)), ("{:s}", (1,)),
    ("{1}", (1,)), ("{}{0}", (1, 2)), ("{0}{}", (1, 2)), ("{a}", ()), ("{0.missing}", (1,)), ("{0[5]}", ([1],)),
    ("{0[x]}", ({},)), ("{:>>>}", (1,)), ("{:10.2.3f}", (1,)), ("{:,,}", (1,)), ("{!r", (1,)), ("{0:{1}}", (1,)),
    ("{0:{1:{2}}}", (1, 2, 3)), ("{:=}", ("s",)), ("{:+}", ("s",)), ("{:#}", ("s",)), ("{:,}", ("s",)),
    ("{0[}", ([],)), ("{0.}", (1,)), ("{.x}", (1,)), ("{:x}", (1.5,)), ("{:c}", (1.5,)), ("{0]}", (1,)),
]
for fmt, args in cases:
    try:
        r = fmt.format(*args)
        print(repr(fmt), "ok", repr(r))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print("TypeError", e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError", e)
for fmt in ["{}", "{x}"]:
    try:
        fmt.format_map([])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
