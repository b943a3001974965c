# bytearray.__reduce__/__reduce_ex__ carry object.__getstate__'s state (__dict__ and __slots__).
import copy, pickle
class BS(bytearray):
    __slots__ = ('x', 'y', '__dict__')
class BD(bytearray):
    pass
a = BS(b'abc'); a.x = 10; a.y = 'why'; a.z = 5
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(a, proto))
    print(proto, type(b).__name__, b, b.x, b.y, b.z)
c = copy.copy(a); print(c, c.x, c.y, c.z)
print(a.__reduce_ex__(2)[2], a.__reduce__()[2])
print(BD(b'q').__reduce_ex__(2), bytearray(b'q').__reduce_ex__(4))
d = BD(b'q'); d.k = 1; print(d.__reduce__())
