# float formatting: empty type, '%', 'n', grouping, zero padding, errors.
vals = [0.0, 1.0, 10.0, 1e16, 1.5e-7, 1234567.891, -1234567.891, 0.1, 1 / 3, float("inf"), float("nan")]
specs = ["", "10", "<10", "+", ".3", ".3%", "%", ".1%", "n", ",", ",.2f", "_.2f", "_", "015,.2f", "010", "z.2f"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(-0.0, "z.3f"), format(-0.0001, "z.2f"), format(-0.0001, ".2f"), format(0.0001, "z.2f"))
for bad in ["d", "x", "c", "s", ",n", "_,"]:
    try:
        format(1.5, bad)
    except ValueError as e:
        print("ValueError", e)
try:
    format(1.5, "=^10.2f")
    print("ok")
except ValueError as e:
    print("ValueError", e)
print("{:.2f} {:+.3e} {:>8.1%}".format(3.14159, -0.000123, 0.4567))
print("{0:.{1}f}".format(2.0 / 3, 4), "{:010.3f}".format(-3.14159))
print(str.format("{!r:>10}", 0.5), "{!s:^9}|".format(1.25))
print(format(100.0, ".0e"), format(999.5, ".3g"), format(999.4, ".3g"), format(0.0, "e"), format(0.0, "g"))
print(round(2.675, 2), format(2.675, ".2f"), round(1.005, 2), format(1.005, ".20f"))
