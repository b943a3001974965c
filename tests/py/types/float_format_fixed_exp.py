# format specs 'f', 'F', 'e', 'E', 'g', 'G' with precision, width, sign and '#'.
vals = [0.0, -0.0, 1.0, 0.5, 1.5, 2.5, 123.456, -123.456, 1e-5, 1.23456789e10, 9.999999, 0.000123456,
        1e16, 1e-300, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan")]
specs = ["f", ".0f", ".1f", ".3f", "10.2f", "F", "e", ".0e", ".2e", "E", "12.4E", "g", ".0g", ".1g", ".3g",
         ".10g", "G", "#g", "#.3g", "#.0f", "#.0e", "+.2f", " .2f", "-.2f", "+e", "020.3f", "<12.2f", ">12.2f",
         "^12.2f", "=+12.2f", "*^14.3e"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(1234.5, ".50f"))
print(format(0.1, ".30f"), format(0.1, ".25e"), format(1e300, "f")[:30])
print(format(2.5, ".0f"), format(3.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e-4, "g"), format(1e-5, "g"), format(123456, "g"), format(1234567, "g"), format(1e15, ".16g"))
print("%f|%.2f|%10.3f|%-10.1f|%+.1e|%E|%g|%G|%#g|%.0f" % (1.5, 2.345, 3.14159, 2.5, 12345.678, 1e-5, 1e-5, 1e20, 1.0, 0.5))
print("%5.1f%%" % 99.55, "%r %s %a" % (0.1, 0.1, 0.1))
print(f"{3.14159:.{3}f}", f"{2.0:{'>'}{8}.2f}", f"{-0.0:f}", f"{-0.0:z.1f}" if False else "-")
