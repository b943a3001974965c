# bytearray methods (mutable)
ba = bytearray(b"hello")
ba.append(33)
ba.extend(b" world")
ba.extend([33, 33])
print(ba, len(ba))
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("o"))
print(ba)
try:
    ba.remove(ord("z"))
except ValueError as e:
    print(type(e).__name__, e)
ba[0] = ord("H")
ba[-1:] = b"?!"
print(ba)
ba[1:5] = b"i"
print(ba)
del ba[0:2]
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.clear()
print(c, ba)
ba2 = bytearray(b"abc")
ba2 += b"def"
ba2 *= 2
print(ba2, ba2.upper(), ba2.find(b"d"), ba2.count(b"a"), ba2.replace(b"a", b"A"))
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") == b"x")
print(ba2.decode(), bytes(ba2), ba2[0], ba2[1:3], type(ba2[1:3]).__name__)
try:
    ba2[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba2[0] = b"a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
m = bytearray(b"0123456789")
m[::2] = b"XXXXX"
print(m)
del m[::3]
print(m)
print(bytearray.fromhex("41 42"), bytearray(b"ab").hex(), bytearray(b" x ").strip())
print(bytearray(b"a,b").split(b","), bytearray(b"-").join([b"a", b"b"]))
b = bytearray()
for i in range(5):
    b.append(65 + i)
print(b, b.isupper(), b.lower(), list(b))
print(b + b"!", type(b + b"!").__name__, type(b"!" + b).__name__)
print(bytearray(b"abc") < bytearray(b"abd"), b"abc" == bytearray(b"abc"), 98 in bytearray(b"abc"))
