# printf-style % formatting of str: conversions, flags, width/precision, mappings, %%.
print("%s|%r|%a" % ("é", "é", "é"))
print("%5s|%-5s|%.2s|%5.1s|%*s|%-*.*s|" % ("abc", "abc", "abc", "abc", 4, "x", 6, 2, "hello"))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30})
print("%(a)s %(a)s %%" % {"a": 1}, "%%", "100%%" % ())
print("%d %d %d" % (1, -2, True), "%i" % 3.99, "%x %X %o" % (255, 255, 8), "%#x %#X %#o" % (255, 255, 8))
print("%e|%.2E|%f|%.0f|%g|%G|%10.4g|%-10.2e|" % (1234.5, 0.000123, 3.14159, 2.5, 1e-5, 1e20, 3.14159, 5.0))
print("%+d|% d|%+5d|%-+5d|%05d|%-05d|%+05d|% 05d" % (5, 5, 5, 5, -5, 5, 5, 5))
print("%c|%c|%5c|%-3c|" % ("x", 0x263A, "y", 65))
print("%s" % ([1, 2],), "%s" % ((1, 2),), "%s %s" % (1, 2), "%s" % {"k": 1}, "%r" % None)
print("%.3s|%.0s|%.10s" % ("abcdef", "abc", "ab"))
print("%s" % b"bytes", "%r" % b"x", "%a" % "ü😀")
class S:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
print("%s %r %a" % (S(), S(), S()))
print("%d" % 2**100, "%x" % -(2**70), "%.50f" % 0.1)
print("%(x)-5d|%(y)+.2f|" % {"x": 3, "y": 2.5})
print("%s" % "single", "%s" % ("tuple1",), "%5%|" % 1 if False else "skip")
d = {"a": 1}
print("no specs" % {}, "no specs" % d, "%s" % [d])
class Idx:
    def __index__(self):
        return 65
print("%x %o %c" % (Idx(), Idx(), Idx()) if False else "%x %o" % (Idx(), Idx()))
