# array.array: construction, every typecode, sequence operations, repr, comparison
import array
A = array.array
print(array.typecodes, array.ArrayType is A, A.__module__ if hasattr(A, '__module__') else None)
vals = {'b': [-128, 0, 127], 'B': [0, 200, 255], 'u': 'héllo\U0001F600', 'h': [-32768, 5, 32767], 'H': [0, 65535],
        'i': [-2**31, 0, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**63, 2**63 - 1], 'L': [0, 2**64 - 1],
        'q': [-2**63, 7], 'Q': [2**64 - 1, 3], 'f': [0.1, -1.5, float('inf')], 'd': [0.1, -0.0, 1e300]}
for tc, v in vals.items():
    a = A(tc, v)
    print(tc, a, a.itemsize, a.typecode, len(a), a.tobytes().hex(), list(a), a.__sizeof__())
    b = A(tc)
    b.frombytes(a.tobytes())
    print(' ', b == a, a[0], a[-1], a[1:], a[::-1], repr(a[:0]), a.tolist() if tc != 'u' else a.tounicode())
print(A('b', b'ab'), A('B', bytearray(b'xyz')), A('h', (1, 2)), A('d', A('i', [1, 2])), A('i', A('i', [3])), A('i', range(4)), A('q', iter([5, 6])))
print(A('u'), A('u', ['a', 'b']), A('u', 'x').tounicode(), str(A('d', [1.0])), repr(A('f', [0.1])))
a = A('i', [1, 2, 3])
a.append(4); a.extend([5, 6]); a.extend(A('i', [7])); a.insert(0, 0); a.insert(-1, 99); a.insert(100, 100)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
a.remove(99); a.reverse(); print(a, a.count(3), a.index(3), a.index(5, 1), a.index(1, -3), 3 in a, 42 in a)
a.fromlist([10, 11]); print(a, a.buffer_info()[1])
a.byteswap(); print(a); a.byteswap(); print(a)
b = A('h', [1, 2]); b.byteswap(); print(b.tobytes(), b)
c = A('d', [1.5]); c.byteswap(); c.byteswap(); print(c)
print(a + A('i', [1]), a * 2, 2 * A('b', [1]), A('b', [1, 2]) * 0, A('b', [1]) * -3)
x = A('i', [1, 2]); y = x; x += A('i', [3]); x *= 2; print(x, y is x)
x *= 1; print(x); x *= 0; print(x, len(x))
s = A('i', range(10))
s[2] = 20; s[-1] = 90; s[1:3] = A('i', [7, 8, 9]); print(s)
s[::2] = A('i', [0] * len(s[::2])); print(s)
del s[0]; del s[1:3]; del s[::3]; print(s)
s[2:2] = A('i', [1, 1]); s[:] = s; print(s, len(s))
s[len(s):] = A('i', [5]); s[:1] = A('i'); print(s)
t = A('i', range(20)); del t[::-2]; print(t); del t[5:1:-1]; print(t); del t[1::4]; print(t)
print(A('i', [1, 2]) == A('i', [1, 2]), A('i', [1, 2]) < A('i', [1, 3]), A('i', [1, 2]) < A('i', [1, 2, 0]), A('i', [2]) > A('i', [1, 9]))
print(A('i', [1, 2]) == A('d', [1.0, 2.0]), A('i', [1]) != A('d', [1.5]), A('d', [float('nan')]) == A('d', [float('nan')]), A('b', [1]) <= A('B', [1]))
print(A('I', [2**32 - 1]) > A('I', [1]), A('Q', [2**64 - 1]) > A('Q', [0]), A('q', [-1]) < A('q', [0]), A('u', 'b') > A('u', 'a'))
print(A('i') == [], A('i').__eq__([]), sorted([A('i', [3]), A('i', [1]), A('i', [2])]))
print(list(reversed(A('h', [1, 2, 3]))), sum(A('d', [0.5, 0.25])), max(A('B', [3, 9, 2])), sorted(A('i', [3, 1, 2])))
it = iter(A('i', [1, 2, 3])); next(it); print(it.__reduce__(), list(it), it.__reduce__())
it2 = iter(A('i', [4, 5, 6])); it2.__setstate__(2); print(list(it2))
import copy, pickle
a = A('i', [1, 2, 3])
print(copy.copy(a), copy.deepcopy(a), a.__copy__() is not a)
for proto in range(6):
    for tc, v in vals.items():
        p = pickle.dumps(A(tc, v), proto)
        assert pickle.loads(p) == A(tc, v), (proto, tc)
print(pickle.loads(pickle.dumps(A('d', [1.5]), 2)), a.__reduce_ex__(2), a.__reduce_ex__(3), A('u', 'ab').__reduce_ex__(4))
class MyArray(A):
    pass
m = MyArray('i', [1, 2]); m.extra = 5
print(m, type(m[:1]).__name__, m.__reduce_ex__(3)[1][0].__name__, m.__reduce_ex__(3)[2], pickle.loads(pickle.dumps(m)).extra)
print(array._array_reconstructor(A, 'i', 8, b'\x01\x00\x00\x00'), array._array_reconstructor(A, 'i', 9, b'\x00\x00\x00\x01'))
print(array._array_reconstructor(A, 'L', 10, b'\x01' * 8), array._array_reconstructor(A, 'd', 15, b'\x3f\xc0\x00\x00'))
print(array._array_reconstructor(A, 'u', 19, b'\x00a\x00b'), array._array_reconstructor(A, 'u', 21, b'\x00\x00\x00a'))
print(array._array_reconstructor(A, 'b', 5, b'\x80\x00\x00\x01'), array._array_reconstructor(A, 'H', 13, b'\xff' * 8))
print(array._array_reconstructor(A, 'f', 17, b'\x3f\xf8\x00\x00\x00\x00\x00\x00'), array._array_reconstructor(MyArray, 'i', 8, b''))
import io
f = io.BytesIO(); A('h', [1, 2, 3]).tofile(f); print(f.getvalue())
g = A('h'); f.seek(0); g.fromfile(f, 2); print(g)
try:
    g.fromfile(f, 5)
except EOFError as e:
    print('EOFError', e, g)
import struct
print(struct.unpack('3i', A('i', [1, 2, 3])), bytes(A('h', [1, 2])), A('b', b'\x01\x02').tobytes())
buf = A('b', [0] * 8); struct.pack_into('<i', buf, 2, -1); print(buf)
