# bytearray in-place mutation: item/slice assignment, append/extend/insert/pop/remove, +=, *=.
ba = bytearray(b"hello")
ba[0] = 72
ba[-1] = ord("O")
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
ba.extend([1, 2])
ba.extend(range(65, 68))
ba.insert(0, 62)
ba.insert(100, 60)
ba.insert(-100, 40)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord("?"))
print(ba)
ba.reverse()
print(ba)
ba += b"xyz"
ba *= 2
print(ba, len(ba))
del ba[0]
del ba[::3]
del ba[-2:]
print(ba)
ba.clear()
print(ba, ba.copy(), bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
c = bytearray(b"abc")
d = c.copy()
d[0] = 0
print(c, d, c == b"abc", c is not d)
for action in ["c[5] = 1", "c[0] = 256", "c[0] = -1", "c[0] = b'x'", "c.pop(10)", "bytearray().pop()", "c.remove(0)",
               "c.append(300)", "c.insert(0, 'a')", "c.extend(5)", "c.extend([1, 'x'])", "c.index(122)", "hash(c)"]:
    try:
        exec(action)
        print(action, "ok", c)
    except (IndexError, ValueError, TypeError) as e:
        print(action, type(e).__name__, e)
print(c, c.upper(), type(c.upper()).__name__, c.find(b"b"), c.startswith(b"a"), c.split(b"b"))
