# str.format: positional/keyword/auto numbering, attribute and index fields, conversions, nesting.
class P:
    x = 3
    y = [10, 20]
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{} {} {}".format(1, "a", None), "{0} {1} {0}".format("x", "y"), "{a}{b}{a}".format(a=1, b=2))
print("{0.x} {0.y[1]} {1[key]} {1[0]}".format(P, {"key": "v", 0: "zero"}), "{0[1]}".format("abc"))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>6}".format("a"), "{:>6!r}".format if False else "")
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}{}}".format(5, ">", 4), "{0:{1}}".format("x", 3))
print("{{literal}} {{{0}}}".format(7), "{}".format(P()), "{:abc}".format(P()), f"{P():xyz}")
print("{:*^10}".format("mid"), "{:=>5}".format(3), "{:<4}|{:>4}|{:^4}|".format("a", "b", "c"))
print("{:%}".format(0.25), "{:,}".format(1234567.5), "{:_b}".format(255), "{:#o}".format(8))
print("{0[-1]}".format({"-1": "neg"}), "{0[a b]}".format({"a b": 1}), "{0[0x]}".format({"0x": "zz"}))
print("{:s}".format("s"), "{:10}|".format("s"), "{:10}|".format(5), "{:.3}".format("abcdef"), "{:.3}".format(3.14159))
print(format("x", ""), format(None, ""), format([1, 2]), str.format("{}", 0.1))
print("{0:}|{0:<}|".format("q"), "{!r:}".format(1))
print("{x}".format_map({"x": "mapped"}))
class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(Missing(a=1)))
print("{0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}".format(*range(11)))
print(f"{'nested {braces}'}", f"{{}}", f"{3 + 4 = }", f"{'x'!r:>5}", f"{10:{'>'}{5}}")
print("{:,d}".format(-1000), "{:+,.2f}".format(-1234.5), "{:^+10}".format(5))
