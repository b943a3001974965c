# printf-style % formatting
print("%s %s" % ("a", "b"), "%s" % "single", "%s" % (("tuple",),), "%r" % "repr")
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % True, "%5d|%-5d|%05d" % (1, 2, 3))
print("%f %.2f %10.3f %-10.1f|" % (3.14159, 3.14159, 3.14159, 3.14159))
print("%e %.2E %g %G %g" % (12345.678, 0.00012, 0.0000123, 1e20, 100.0))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%c%c %c" % (72, "i", 0x263A))
print("%+d %+d % d % d" % (5, -5, 5, -5), "%+.1f" % 2.25)
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "%(x)s%(x)s" % {"x": "ab"})
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159))
print("100%% done" % (), "%s%%" % 50, "%%" % ())
print("%s" % [1, 2], "%s" % {"a": 1}, "%s %s" % (None, True), "%a" % "é")
print("%.3s|%5.1s|%-6s|" % ("abcdef", "xyz", "ab"))
print("%s" % 1.0, "%r" % 1e22, "%s" % 0.1, "%.0f %.0f" % (0.5, 1.5))
print("%x" % -255, "%o" % -8, "%d" % (2 ** 70), "%x" % (2 ** 64))
print("%5s|%-5s|%05.1f|%+05d" % ("a", "b", 2.5, 3))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", (1,)), ("%(k)s", {"j": 1}), ("%c", 1114112), ("%d", (None,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("no args" % (), "%s" % ((),))
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print("%s %r" % (S(), S()))
print(b"%s %d %x" % (b"bytes", 10, 255))
print("%.2f%%" % 99.555, "%.1f" % 0.05, "%.1f" % 0.15, "%.1f" % 0.25)
print("%-8s%8s" % ("left", "right"), "%08.3f" % -3.14159)
