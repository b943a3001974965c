# bytes/bytearray constructor forms and conversion errors.
print(bytes(), bytes(0), bytes(2), bytes([]), bytes(()), bytes((1, 2)), bytes(iter([3, 4])), bytes({5: 0}))
print(bytes("ab", "ascii"), bytes("é", encoding="latin-1"), bytes("\udc80", "utf-8", "surrogateescape"))
class Idx:
    def __index__(self):
        return 2
print(bytes(Idx()), bytes([Idx()]), bytearray(Idx()))
for args in [("abc",), (1.5,), ([1.5],), (["a"],), (None,), (b"x", "utf-8"), ("x", None), (3, "utf-8"), ([-1],), ([256],), (object(),)]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b"abc"[3]
except IndexError as e:
    print("IndexError", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    del b"abc"[0]
except TypeError as e:
    print("TypeError", e)
try:
    b"a".decode("ascii", 5)
except TypeError as e:
    print("TypeError", e)
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
print(b"abc".split(), b" a  b ".split(), b"a,b,,c".split(b","), b"a,b,c".rsplit(b",", 1), b"a\nb\r\nc".splitlines(True))
try:
    b"abc".split(b"")
except ValueError as e:
    print("ValueError", e)
try:
    b"abc".join([b"a", "b"])
except TypeError as e:
    print("TypeError", e)
print(bytes.__mro__, bytearray.__mro__, isinstance(bytearray(), bytes))
