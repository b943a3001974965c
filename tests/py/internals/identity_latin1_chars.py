# One-character latin-1 strings made at run time are cached singletons, but they are not the
# interned objects that string literals of the same text become.
import sys
def same(a, b):
    return a is b
lit = "a"
print(same(chr(97), chr(97)), same("xyz"[1], chr(121)), same(str(b"q", "ascii"), chr(113)), same(b"m".decode(), chr(109)))
print(same(chr(97), lit), same(str(b"a", "ascii"), lit), same(sys.intern(chr(97)), lit), same(lit, "a"))
print(same("abc"[0], lit), same("a" + "", lit), same("".join(["a"]), lit), same(lit[0], lit))
e = "é"
print(same(chr(233), e), same("xé"[1], chr(233)), same("é".lower(), e))
print([same(chr(i), chr(i)) for i in (0, 127, 128, 255, 256, 1000)])
