# repr/str/format of complex numbers with special parts and every format type.
zs = [0j, -0j, complex(0, -0.0), complex(-0.0, 0), 1j, 1 + 1j, -1.5 - 2.25j, 1e20 + 1e-20j, 1e16j,
      complex(float("inf"), 1), complex(1, float("-inf")), complex(float("nan"), float("nan")), 0.1 + 0.2j, 3 + 0j, 12345678.9 - 0.5j]
for z in zs:
    print(repr(z), str(z), format(z), format(z, ".2f"), format(z, "e"), format(z, ">30.3g"), format(z, "+"), format(z, "<28"))
print(format(1 + 2j, "^20"), format(1 + 2j, "*>20.1f"), format(-1 - 2j, " .3e"), format(1.5 + 2j, "g"), format(1.5 + 2j, "G"))
print(format(1234.5 + 6789.25j, ",.2f"), format(1234.5 + 6789.25j, "_"))
for bad in ["=10", "010", "d", "%", "c"]:
    try:
        format(1 + 2j, bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
print("%s %r" % (1 + 2j, -1j), f"{2j!r:>8}", "{0.real} {0.imag}".format(3 - 4j))
try:
    "%f" % (1 + 2j)
except TypeError as e:
    print("TypeError", e)
for s in ["1+", "1+2", "j1", "1+2jj", "(1+2j", "1 + 2j", "", "2j+1", "1e", "--1j", "1+j2"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for args in [("1", 2), (1, "2"), ([],), (None,)]:
    try:
        complex(*args)
    except TypeError as e:
        print("TypeError", e)
