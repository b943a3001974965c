import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(string.capwords("hello   wORLD foo"), string.capwords("a-b", "-"))
t = string.Template("$who likes ${what}!"); print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="y")
except KeyError as e:
    print("KeyError", e)
print(string.Template("$$ $a").substitute(a=1), t.get_identifiers(), t.is_valid())
f = string.Formatter(); print(f.format("{0}-{x:>4}-{1!r}", 1, "b", x=7), list(f.parse("a{b:c}d{e!r}")))
class MyT(string.Template):
    delimiter = "%"
print(MyT("%x and %%").substitute(x=5))
