# unicodedata.normalize / is_normalized: the four forms on chosen text, on pseudo-random
# sequences of letters, marks, Hangul jamo and compatibility characters, and in ucd_3_2_0.
import unicodedata as U

samples = ["", "abc", "e\u0301", "\u00e9", "\u1e9b\u0323", "\u0071\u0307\u0323", "\u1100\u1161\u11a8", "\uac00\u11a8",
           "\ufb01", "\u2163", "\u00bd", "\u0344", "\u0f73", "\u0f71\u0f72", "\u212b", "A\u030a", "\u1e0a\u0323",
           "\u0041\u0328\u0301\u0304", "\U0001D15E", "\u3300", "\u2126", "\uff76\uff9e", "\u0958", "\u05b8\u05b9\u05b1",
           "a\u0308\u0301\u0302", "\u0308\u0301", "\u00c5\u0327", "\u0300\u0041", "\ud55c\uae00", "\u1103\u1161\u11af"]
for s in samples:
    print(ascii(s), [ascii(U.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [U.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])

pool = ("a", "e", "o", "u", "A", "E", "\u0301", "\u0300", "\u0308", "\u0323", "\u0327", "\u0304", "\u0328", "\u031b",
        "\u1100", "\u1161", "\u11a8", "\u1175", "\uac00", "\u00e9", "\u00c5", "\ufb01", "\u2460", "\u1e9b", "\u0345",
        "\u0391", "\u03b9", "\u05b0", "\u0f71", "\u0f72", "\u0f80", "\u3099", "\u304b", "\u30cf", "\u309a", " ")
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return state % n
digest = {}
for i in range(400):
    s = "".join(pool[rnd(len(pool))] for _ in range(1 + rnd(7)))
    for f in ("NFC", "NFD", "NFKC", "NFKD"):
        n = U.normalize(f, s)
        digest[f] = (digest.get(f, 0) * 31 + sum(ord(c) * (k + 1) for k, c in enumerate(n))) % 1000000007
        assert U.is_normalized(f, n), (f, s)
        if i < 12:
            print(f, ascii(s), ascii(n), U.is_normalized(f, s))
print(digest)

s = "abc"
e1 = "\u00e9"
print(U.normalize("NFC", s) is s, U.normalize("NFD", e1) is e1, U.normalize("NFC", e1) is e1)
t = "x\u00e9"
print(U.normalize("NFC", t) is t, U.normalize("NFD", t) is t)
o = U.ucd_3_2_0
for s in ["\u00e9", "e\u0301", "\U0002F868", "\U0002F874", "\u2163", "\U0001F600", "\u0221", "a\u0221\u0301"]:
    print(ascii(s), [ascii(o.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")], o.is_normalized("NFC", s))

def show(what, f):
    try:
        print(what, ascii(f()))
    except Exception as e:
        print(what, type(e).__name__, e)
show("bad form", lambda: U.normalize("nfc", "a"))
show("bad form empty", lambda: U.normalize("X", ""))
show("bad form is_normalized", lambda: U.is_normalized("X", "a"))
show("bad form is_normalized empty", lambda: U.is_normalized("X", ""))
show("form not str", lambda: U.normalize(b"NFC", "a"))
show("input not str", lambda: U.normalize("NFC", b"a"))
show("is_normalized input", lambda: U.is_normalized("NFC", 3))
show("one arg", lambda: U.normalize("NFC"))
