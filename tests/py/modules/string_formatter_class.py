# string.Formatter (Lib/string.py) on the _string parsers: format, vformat, parse,
# get_field, custom subclasses, and the errors of malformed fields.
import string

f = string.Formatter()
print(f.format("{0}-{1}-{name}", "a", "b", name="c"))
print(f.format("{0!r:>8}|{x.real:.2f}|{y[1]}", "s", x=3.14159, y=[10, 20]))
print(f.format("{:{}}|{:^{w}}", "left", 8, "mid", w=9))
print(f.format("{{}} {0}", 1))
print(list(f.parse("a{0.x!s:>3}b{}c")))
print(f.get_field("0.real", (5,), {}))
print(f.vformat("{a}{b}", (), {"a": 1, "b": 2}))

class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s>" % key
        return super().get_value(key, args, kwargs)
print(Upper().format("{greeting}, {0}! {missing}", "world", greeting="hello"))

for fmt, args in [("{0", ()), ("}", ()), ("{0}", ()), ("{x}", ()), ("{0!z}", (1,)), ("{}{0}", (1, 2)),
                  ("{0[}", ([1],)), ("{0.}", (1,)), ("{:{:{}}}", (1, 2, 3))]:
    try:
        print(repr(f.format(fmt, *args)))
    except Exception as e:
        print(fmt, type(e).__name__, e)

print(string.Template("$who likes ${what}").substitute(who="tim", what="kung pao"))
print(string.capwords(" hello   world "), string.ascii_letters[:5], string.digits, string.punctuation[:6])
