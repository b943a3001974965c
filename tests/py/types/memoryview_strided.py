# memoryview as CPython's Py_buffer: strided slices are views on the same memory, array
# exports carry their typecode, views are weakly referenceable and reversible, released
# views refuse every use, and the index/slice error messages.
import array
import weakref


def err(f):
    try:
        r = f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return r


ba = bytearray(b"abcdefgh")
m = memoryview(ba)
s = m[::2]
print(s.tolist(), s.strides, s.shape, s.readonly, s.c_contiguous, s.contiguous, s.nbytes)
s[0] = ord("X")
s[1:3] = b"YZ"
print(ba, bytes(s), s.tobytes(), s.hex())
r = m[::-1]
print(r.strides, bytes(r), list(reversed(m))[:3], r[0], r[-1])
print(m[1:7][::3].tolist(), m[7:0:-3].tobytes())
print(err(lambda: s.cast("B")))
print(s == b"XYZg", s == memoryview(b"XYZg"), m[::2] == m[::2])

a = array.array("i", [1, 2, 3, 4])
ma = memoryview(a)
print(ma.format, ma.itemsize, ma.shape, ma.strides, ma.readonly, ma.tolist(), ma[1], ma[-1])
ma[0] = 100
print(a, ma[::2].tolist())
ma[1:3] = array.array("i", [7, 8])
print(a)
print(err(lambda: ma.__setitem__(slice(0, 2), b"12345678")))
print(err(lambda: a.append(5)))
ma.release()
a.append(5)
print(a)
print(memoryview(array.array("d", [1.5, 2.5])).tolist(), memoryview(array.array("u", "ab")).format)
print(memoryview(array.array("B", b"ab")) == b"ab", memoryview(array.array("b", [1, 2])) == bytes([1, 2]))

# weak references and iteration
mv = memoryview(b"xyz")
w = weakref.ref(mv)
print(w() is mv, type(iter(mv)).__name__, list(mv))
del mv
print(w())

# errors of indexing and assignment
m = memoryview(bytearray(b"abcdef"))
for key in [6, -7, 0.0, (0,), (slice(0, 1, 1), 0), "a", (slice(0, 1), slice(0, 1))]:
    print(repr(key), err(lambda: m[key]), err(lambda: m.__setitem__(key, b"a")))
print(err(lambda: m.__setitem__(0, 300)), err(lambda: m.__setitem__(0, b"")))
c = m.cast("c")
print(err(lambda: c.__setitem__(0, b"")), err(lambda: c.__setitem__(0, 1)))
c[0] = b"Q"
print(m.tobytes(), m.cast("@B").format)
m2 = memoryview(bytearray(12)).cast("B", (3, 4))
print(m2[1, 2], err(lambda: m2[1]), err(lambda: m2[1, 2, 3]), err(lambda: m2[0:1].shape), m2.strides)
m2[1, 2] = 9
print(m2.tolist(), m2.tobytes(order="F").hex(), err(lambda: m2.tobytes(order="X")))
z = memoryview(b"abcd").cast("i", ())
print(z.shape, z.ndim, z[()], err(lambda: z[0]), z[...] is z)


class Idx:
    def __index__(self):
        return 2


m = memoryview(bytearray(b"abcdef"))
m[Idx()] = Idx()
print(m[Idx()], bytes(m))

# released views
m = memoryview(b"abc")
m.release()
for f in [lambda: bytes(m), lambda: m.tobytes(), lambda: m[0], lambda: len(m), lambda: m.format, lambda: hash(m)]:
    print(err(f))
print("released" in repr(m), m == m, m != memoryview(b"abc"))
h = memoryview(b"abc")
print(hash(h) == hash(b"abc"))
h.release()
print(hash(h) == hash(b"abc"))
print(err(lambda: hash(memoryview(bytearray(b"x")))), err(lambda: hash(memoryview(b"abcd").cast("i"))))
