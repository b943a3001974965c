# str.format and the format mini-language
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30), "{0[0]} {0[1]}".format(["p", "q"]))
print("{d[key]} {d[1]}".format(d={"key": "v", 1: "one"}), "{0.real} {0.imag}".format(3 + 4j))
class Obj:
    attr = "attribute"
    items = [10, 20]
print("{o.attr} {o.items[1]}".format(o=Obj()))
print("{{}} {{{}}}".format("x"), "{:}".format(5), "{!r}".format("s"), "{!s:>4}".format(1), "{!a}".format("é"))
print("{:>8}|{:<8}|{:^8}|{:*^8}".format("r", "l", "c", "s"))
print("{:5d}|{:<5d}|{:05d}|{:+d}|{: d}".format(42, 42, 42, 42, 42))
print("{:.3f} {:10.2e} {:g} {:%} {:.1%}".format(3.14159, 12345.678, 0.00001, 0.5, 0.1234))
print("{:x} {:X} {:o} {:b} {:#x} {:#b} {:c}".format(255, 255, 8, 5, 255, 5, 97))
print("{:,} {:_} {:,.2f}".format(1234567, 1234567, 9876.543))
print("{0:{1}} {0:>{1}} {2:.{3}f}".format("w", 4, 3.14159, 2))
print("{:{fill}{align}{width}}".format("x", fill="-", align="^", width=7))
print("{}".format(None), "{}".format([1, "a"]), "{}".format({"a": 1}), "{:>6}".format(True))
print("{0!r:>10}".format("hi"), "{:10}|".format("str"), "{:10}|".format(12))
print("{:=+10.2f}".format(-3.5), "{:=10}".format(-7), "{:0=8}".format(-42))
print("{:.2s}".format("abcdef"), "{:.0f}".format(2.5), "{:.0f}".format(3.5))
print(format(1e16, ""), format(1e16, "g"), format(123456789, "e"))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{:d}", ("s",)), ("{x}", ()), ("{0[5]}", ([1],)), ("{", ()), ("}", ()), ("{!z}", (1,))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{known} {unknown}".format_map(Default(known="yes")))
print("{:>{w}.{p}f}|".format(2.718281828, w=10, p=3))
print("{0}{0}{0}".format("ab"), "".format(1, 2), "{}-{}".format(*"xy"))
