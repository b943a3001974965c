# __repr__, __str__, __format__ interplay: defaults, fallbacks, containers use repr, bad returns.
class R:
    def __repr__(self):
        return "R()"
class S:
    def __str__(self):
        return "S-str"
class Both:
    def __repr__(self):
        return "Both-repr"
    def __str__(self):
        return "Both-str"
    def __format__(self, spec):
        return f"Both-format[{spec}]"
print(str(R()), repr(R()), f"{R()}", f"{R()!r}", format(R()))
print(str(S()), repr(S()).startswith("<__main__.S object at "), [S()][0].__str__())
print(str(Both()), repr(Both()), f"{Both()}", f"{Both():spec}", f"{Both()!s}", f"{Both()!r}", [Both()], (Both(),), {"k": Both()})
print("%s %r" % (Both(), Both()), "{} {!r} {:x}".format(Both(), Both(), Both()))
class BadRepr:
    def __repr__(self):
        return 5
class BadStr:
    def __str__(self):
        return None
for f, obj in [(repr, BadRepr()), (str, BadStr()), (str, BadRepr())]:
    try:
        f(obj)
    except TypeError as e:
        print("TypeError", e)
class ReprRaises:
    def __repr__(self):
        raise ValueError("repr failed")
try:
    print([ReprRaises()])
except ValueError as e:
    print("ValueError", e)
class StrSub(str):
    pass
class ReturnsSub:
    def __str__(self):
        return StrSub("sub")
    def __repr__(self):
        return StrSub("subrepr")
print(type(str(ReturnsSub())).__name__, type(repr(ReturnsSub())).__name__, str(ReturnsSub()))
class Inherit(Both):
    pass
print(Inherit(), repr(Inherit()))
class OnlyFormat:
    def __format__(self, spec):
        return "fmt:" + spec
print(format(OnlyFormat(), ">5"), "{:abc}".format(OnlyFormat()), str(OnlyFormat()).startswith("<"))
print(object.__format__(R(), ""), object.__repr__(Both()).split(" ")[0], object.__str__(Both()))
