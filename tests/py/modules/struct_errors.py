# struct: struct.error and the other exceptions, message for message
import struct

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

for expr in [
    'struct.pack("b", 200)', 'struct.pack("<b", -200)', 'struct.pack(">b", 200)', 'struct.pack("B", -1)',
    'struct.pack("h", 70000)', 'struct.pack("<h", 70000)', 'struct.pack(">h", 70000)', 'struct.pack("H", -1)',
    'struct.pack(">H", -1)', 'struct.pack(">H", 70000)', 'struct.pack("<H", 70000)', 'struct.pack("i", 2**31)',
    'struct.pack(">i", 2**31)', 'struct.pack("I", -1)', 'struct.pack("I", 2**32)', 'struct.pack(">I", 2**32)',
    'struct.pack(">I", -1)', 'struct.pack("l", 2**63)', 'struct.pack("<l", 2**31)', 'struct.pack(">l", 2**31)',
    'struct.pack("L", -1)', 'struct.pack("<L", 2**32)', 'struct.pack("q", 2**63)', 'struct.pack("<q", 2**63)',
    'struct.pack(">q", 2**63)', 'struct.pack(">q", -2**63 - 1)', 'struct.pack("Q", -1)', 'struct.pack(">Q", -1)',
    'struct.pack("<Q", 2**64)', 'struct.pack(">Q", 2**64)', 'struct.pack("n", 2**63)', 'struct.pack("N", -1)',
    'struct.pack("P", 2**64)', 'struct.pack("e", 1e10)', 'struct.pack(">e", 1e10)', 'struct.pack("<e", 65520.0)',
    'struct.pack("<f", 1e300)', 'struct.pack(">f", 1e300)', 'struct.pack("d", "x")', 'struct.pack("f", "x")',
    'struct.pack("e", "x")', 'struct.pack("i", "x")', 'struct.pack("i", 1.5)', 'struct.pack(">i", 1.5)',
    'struct.pack("Q", 1.0)', 'struct.pack("P", 1.5)', 'struct.pack("c", b"ab")', 'struct.pack("c", 1)',
    'struct.pack("s", 1)', 'struct.pack("p", "x")', 'struct.pack("i")', 'struct.pack("i", 1, 2)', 'struct.pack()',
    'struct.pack("z")', 'struct.pack("3")', 'struct.pack("<n", 1)', 'struct.calcsize("<P")', 'struct.calcsize("=N")',
    'struct.pack("99999999999999999999i")', 'struct.calcsize("i\\0")', 'struct.Struct(1)', 'struct.Struct("\\xe9")',
    'struct.Struct()', 'struct.Struct("i", "h")', 'struct.unpack("i", b"abc")', 'struct.unpack("i", "abcd")',
    'struct.unpack("i", 5)', 'struct.unpack_from("i", b"abcdef", 3)', 'struct.unpack_from("i", b"abcdef", -3)',
    'struct.unpack_from("i", b"abcdef", -7)', 'struct.unpack_from("i", b"abcdefgh", -4)', 'struct.unpack_from("i", b"abcd", 2**70)',
    'struct.unpack_from("i", b"abcd", "x")', 'struct.iter_unpack("", b"")', 'struct.iter_unpack("i", b"abcde")',
    'struct.iter_unpack("i", "abcd")', 'struct.pack_into("i", b"xxxx", 0, 1)', 'struct.pack_into("i", bytearray(4), 1, 1)',
    'struct.pack_into("i", bytearray(4))', 'struct.pack_into("i", bytearray(4), 0)', 'struct.pack_into("i")',
    'struct.pack_into("i", bytearray(4), 0, 1, 2)', 'struct.pack_into("i", bytearray(8), -3, 1)',
    'struct.pack_into("i", bytearray(8), -9, 1)', 'struct.pack_into("i", bytearray(4), "a", 1)',
    'struct.pack_into("i", bytearray(4), 2**70, 1)', 'struct.pack_into("i", 1, 0, 1)', 'struct.unpack("i")',
    'struct.unpack_from("i")', 'struct.calcsize(5)', 'struct.calcsize([])', 'struct.Struct("i").unpack(b"")',
    'struct.Struct("i").pack_into(bytearray(2), 0, 1)', 'struct.Struct("2i").pack(1)', 'struct.pack("x", 1)',
    'struct.unpack("0p", b"")', 'struct.Struct("i").unpack_from(b"abcd", 1)',
]:
    show(expr)
b = bytearray(8)
it = struct.iter_unpack('i', b)
try:
    b.append(1)
except Exception as e:
    print(type(e).__name__, e)
print(list(it))
b.append(1); print(len(b))
