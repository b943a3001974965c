# printf-style formatting of bytes and bytearray.
print(b"%s|%5s|%-5s|%.2s" % (b"abc", b"ab", b"ab", b"abc"))
print(b"%d %i %x %X %o %#x %05d %+d %c %c" % (42, -3, 255, 255, 8, 255, 7, 5, 65, b"z"))
print(b"%f %.2f %e %g %%" % (1.5, 2.345, 12345.6, 0.0001))
print(b"%r" % b"x" if False else b"%a %a" % ("é", b"x"), b"%b" % b"bb", b"%s" % bytearray(b"ba"))
print(b"%(k)s-%(n)d" % {b"k": b"v", b"n": 3})
print(bytearray(b"%s!") % b"hi", type(bytearray(b"%s") % b"x").__name__)
class B:
    def __bytes__(self):
        return b"custom"
print(b"%s" % B(), b"%b" % (B(),))
for fmt, args in [(b"%s", "str"), (b"%d", b"1"), (b"%c", 256), (b"%c", b"ab"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%y", 1), (b"%(k)s", (1,)), (b"%x", 1.5)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%5.1f|%-6.2e|" % (3.14159, 0.5), b"%*d" % (5, 3), b"%-*s|" % (4, b"a"))
print(b"plain" % (), b"100%%" % ())
