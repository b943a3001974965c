# memoryview over bytes and bytearray: slicing without copying, writes through, tobytes/tolist/hex, release.
data = bytearray(b"hello world")
mv = memoryview(data)
print(len(mv), mv[0], mv[-1], mv.readonly, mv.format, mv.itemsize, mv.ndim, mv.shape, mv.strides, mv.nbytes)
sub = mv[6:]
print(bytes(sub), sub.tobytes(), sub.tolist()[:3], sub.hex(), sub.hex(":"))
sub[0] = ord("W")
print(data)
mv[0:5] = b"HELLO"
print(data, mv.obj is data, bytes(mv[::2]), bytes(mv[::-1]))
ro = memoryview(b"abc")
print(ro.readonly, ro == b"abc", ro == memoryview(b"abc"), hash(ro) == hash(b"abc"), bytes(ro), list(ro))
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
try:
    mv[0:2] = b"xyz"
except ValueError as e:
    print("ValueError", e)
print(b",".join([b"a", memoryview(b"b")]), b"%s" % memoryview(b"mv"), bytearray(b"ab") + memoryview(b"cd"))
with memoryview(b"ctx") as m2:
    print(m2.tobytes())
try:
    m2.tobytes()
except ValueError as e:
    print("ValueError", e)
m3 = memoryview(bytearray(b"zz"))
m3.release()
print(repr(m3).startswith("<released memory"))
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
print(type(mv).__name__, isinstance(mv, memoryview))
