# unicodedata: character properties, names, lookup (aliases, named sequences, algorithmic
# names) and ucd_3_2_0, with argument errors.
import unicodedata as U

chars = "A a 0 \u00bd \u0663 \u00e9 \u0301 \u05d0 \u0627 \u2028 \u3000 \u4e00 \uac00 \uff21 \U0001F600 \U00020000 \u00a0 \u2167 \u0f33 \U0001D7CE \ufb01 \u1e9e \u2460 \U000e0001 \ud800 \ue000 \u0378 \U000F0000 ( [ \u00ab".split(" ")
for c in chars:
    print(ascii(c), U.category(c), repr(U.bidirectional(c)), U.combining(c), U.east_asian_width(c), U.mirrored(c),
          repr(U.decomposition(c)), U.name(c, None), U.decimal(c, None), U.digit(c, None), U.numeric(c, None))
    o = U.ucd_3_2_0
    print("  3.2.0:", o.category(c), repr(o.bidirectional(c)), o.combining(c), o.east_asian_width(c), o.mirrored(c),
          repr(o.decomposition(c)), o.name(c, None), o.decimal(c, None), o.digit(c, None), o.numeric(c, None))

def show(what, f):
    try:
        print(what, ascii(f()))
    except Exception as e:
        print(what, type(e).__name__, e)

for name in ["LATIN SMALL LETTER A", "latin small letter a", "Latin Small Letter A", "EURO SIGN", "HANGUL SYLLABLE GAG",
             "HANGUL SYLLABLE PWILH", "hangul syllable ga", "HANGUL SYLLABLE GAX", "CJK UNIFIED IDEOGRAPH-4E00",
             "CJK UNIFIED IDEOGRAPH-20000", "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-3400A",
             "CJK UNIFIED IDEOGRAPH-9FFF", "CJK UNIFIED IDEOGRAPH-A000", "LATIN CAPITAL LETTER GHA", "BOM", "NBSP",
             "LATIN SMALL LETTER R WITH TILDE", "KEYCAP DIGIT ZERO", "NO SUCH THING", "", "a" * 257, "a\0b",
             "LATIN SMALL LETTER \u0131", "latin small letter \u00e9"]:
    show("lookup " + ascii(name[:40]), lambda: U.lookup(name))
    show("  3.2.0", lambda: U.ucd_3_2_0.lookup(name))
show("lookup bytes", lambda: U.lookup(b"EURO SIGN"))
show("lookup int", lambda: U.lookup(5))
show("lookup none", lambda: U.lookup())

for f in [U.category, U.bidirectional, U.combining, U.mirrored, U.east_asian_width, U.decomposition]:
    show(f.__name__ + " ''", lambda: f(""))
    show(f.__name__ + " 'ab'", lambda: f("ab"))
    show(f.__name__ + " 65", lambda: f(65))
for f in [U.decimal, U.digit, U.numeric, U.name]:
    show(f.__name__ + " no value", lambda: f("x" if f is not U.name else "\u0378"))
    show(f.__name__ + " default", lambda: f("\u0378", "dflt"))
    show(f.__name__ + " bad", lambda: f(b"x"))
    show(f.__name__ + " none", lambda: f())
    show(f.__name__ + " three", lambda: f("a", 1, 2))
show("name of 'A' via UCD", lambda: U.ucd_3_2_0.name("\U0001F600", "none in 3.2.0"))
show("hangul names", lambda: [U.name(chr(c)) for c in (0xAC00, 0xAC01, 0xD7A3, 0xB098)])
show("cjk names", lambda: [U.name(chr(c)) for c in (0x3400, 0x9FFF, 0x2B738, 0x3134A)])
show("no names", lambda: [U.name(chr(c), None) for c in (0x2B739, 0x3134B, 0xE000, 0x10FFFF, 0xF0000)])
print(U.unidata_version, U.ucd_3_2_0.unidata_version, type(U.ucd_3_2_0).__name__)
show("UCD()", lambda: U.UCD())
show("UCD attr", lambda: U.ucd_3_2_0.normalize("NFC", "e\u0301"))
print(sorted(n for n in dir(U) if not n.startswith("_")))
print("\N{LATIN CAPITAL LETTER GHA}", "\N{euro sign}", "\N{HANGUL SYLLABLE GAG}")
try:
    eval(r"'\N{hangul syllable ga}'")
except SyntaxError as e:
    print(e)
