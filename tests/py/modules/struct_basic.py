# struct: every format character, native and standard sizes, alignment
import struct

vals = {'b': -5, 'B': 200, 'h': -1234, 'H': 60000, 'i': -123456789, 'I': 4000000000, 'l': -(2**40), 'L': 2**40,
        'q': -(2**62), 'Q': 2**63 + 5, 'n': -7, 'N': 7, 'P': 2**40 + 3, '?': True, 'e': 1.5, 'f': 3.25, 'd': -2.75, 'c': b'z'}
for order in ['', '@', '=', '<', '>', '!']:
    for code, v in vals.items():
        fmt = order + code
        try:
            packed = struct.pack(fmt, v)
        except struct.error as e:
            print(fmt, 'error', e)
            continue
        print(fmt, struct.calcsize(fmt), packed, struct.unpack(fmt, packed))
for fmt in ['ci', '<ci', '@ciq', 'bhbi', 'xxh', '3xi', 'c0i', '0i', 'hhl', 'bd', '?q', 'ePb', '5s', '5p', '2s3xh', ' 2 i\t', '', '4x', 'q?', '=bhiq', '@?', 'n2N']:
    print(repr(fmt), struct.calcsize(fmt))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'))
print(struct.unpack('5s', b'abcde'), struct.unpack('5p', b'\x03abcd'), struct.unpack('3p', b'\x09ab'), struct.pack('0s', b'abc'))
print(struct.pack('300p', b'a' * 290)[:3], struct.pack('s', bytearray(b'q')), struct.pack('2c', b'a', b'b'))
print(struct.pack('<3h2?', 1, 2, 3, 0, 5), struct.unpack('>3H', b'\x00\x01\x00\x02\xff\xff'))
print(struct.pack('<q', -1), struct.pack('>Q', 2**64 - 1), struct.unpack('<q', b'\xff' * 8), struct.unpack('>Q', b'\xff' * 8))
print(struct.pack('<l', -1), struct.unpack('<l', b'\xff\xff\xff\xff'), struct.unpack('>L', b'\x80\x00\x00\x00'))
for x in [0.0, -0.0, 1.0, -1.5, 65504.0, 65519.99, 6.1e-05, 5.960464477539063e-08, 2.9e-08, 3e-08, 1e-10, float('inf'), -float('inf'), 0.1, 1/3]:
    p = struct.pack('<e', x)
    print(x, p, struct.unpack('<e', p), struct.pack('>e', x), struct.pack('<f', x), struct.unpack('<f', struct.pack('<f', x)))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x7c'), struct.unpack('<e', b'\x00\xfc'), struct.unpack('>e', b'\x7b\xff'))
print(struct.unpack('<d', struct.pack('<d', 1e300)), struct.pack('f', 1e300), struct.pack('>d', 0.1))
print(struct.pack('P', -1), struct.unpack('P', b'\xff' * 8), struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('?', b'\x05'))
class Idx:
    def __index__(self): return 42
print(struct.pack('i', Idx()), struct.pack('>q', Idx()), struct.pack('i', True))
s = struct.Struct('<ih2s')
print(s.format, s.size, s.pack(1, 2, b'xy'), s.unpack(b'\x01\x00\x00\x00\x02\x00xy'), s.__sizeof__(), struct.Struct('i').__sizeof__())
s2 = struct.Struct(b'>H')
print(s2.format, s2.size, list(s2.iter_unpack(b'\x00\x01\x00\x02')), s2.unpack_from(b'xx\x00\x05', 2), s2.unpack_from(b'\x00\x05xxxx', offset=0))
it = struct.iter_unpack('<h', b'abcdef')
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
buf = bytearray(10)
struct.pack_into('<hi', buf, 2, 7, -1)
print(buf, struct.unpack_from('<hi', buf, 2), struct.unpack_from('<hi', buf, offset=-8))
struct.pack_into('>H', buf, -2, 0xABCD); print(buf)
print(struct.unpack('<i', bytearray(b'\x01\x02\x03\x04')), struct.unpack_from('i', buffer=b'abcd', offset=0))
class S(struct.Struct):
    pass
print(S('<h').pack(5), isinstance(S('i'), struct.Struct), struct.Struct('i') is not struct.Struct('i'))
print(struct.error, struct.error.__mro__, issubclass(struct.error, Exception))
struct._clearcache()
print(struct.calcsize('i'), struct.Struct(format='>i').size)
