# _string: the format-string parsers string.Formatter uses.
import _string

def show(what, f):
    try:
        print(what, repr(f()))
    except Exception as e:
        print(what, type(e).__name__, e)

for s in ["", "plain", "a{}b", "{0}{1}", "{name!r:>10}", "{0.attr[key]}", "{{literal}}", "x{a:{b}}y",
          "{!s}", "{:d}", "{0!a}", "end{", "{0", "}", "{0!}", "{0!rr}", "{0:{1:{2}}}", "{[0]}", "\u20ac{\u00e9}",
          "{0.}", "{0[}", "{!x:y}", "a}}b{{c"]:
    show("parse " + repr(s), lambda: list(_string.formatter_parser(s)))

for s in ["name", "0", "0.attr", "obj[key][0].x", "", "a.b.c", "x[0", "x.", "x[]", "12.3", "x]y", "[0]", "007"]:
    def split():
        first, rest = _string.formatter_field_name_split(s)
        return first, list(rest)
    show("split " + repr(s), split)

show("parser int", lambda: _string.formatter_parser(1))
show("split int", lambda: _string.formatter_field_name_split(b"x"))
it = _string.formatter_parser("a{0}b")
print(type(it).__name__, iter(it) is it, next(it), next(it))
show("exhausted", lambda: next(it))
print(sorted(n for n in dir(_string) if not n.startswith("__")))
