# binascii: hex, base64, uu, quoted-printable, CRCs, and their errors
import binascii

data = [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), b'\x00\xff' * 7, b'hello world\n']
for d in data:
    print(binascii.hexlify(d)[:40], binascii.b2a_base64(d)[:60], binascii.b2a_base64(d, newline=False)[:20],
          binascii.crc32(d), binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff))
    assert binascii.a2b_base64(binascii.b2a_base64(d)) == d
    assert binascii.unhexlify(binascii.hexlify(d)) == d
print(binascii.crc32(b'hello', 12345), binascii.crc32(b'hello', -1), binascii.crc32(b'hello', 2**40 + 3), binascii.crc32(bytearray(b'x')))
print(binascii.crc_hqx(b'hello', 0x1234), binascii.crc_hqx(b'hello', -1), binascii.crc_hqx(b'', 2**20 + 5))
print(binascii.hexlify(b'\xb9\x01\xef', ':'), binascii.b2a_hex(b'\xb9\x01\xef', b'_', 2), binascii.hexlify(b'\xb9\x01\xef\x02', '-', -3))
print(binascii.hexlify(data=b'ab', sep=' ', bytes_per_sep=1), binascii.b2a_hex(b'abcdef', bytes_per_sep=2))
print(binascii.a2b_hex('0aFf'), binascii.unhexlify(b'DEADbeef'), binascii.a2b_hex(bytearray(b'00')), binascii.a2b_hex(''))
print(binascii.a2b_base64('aGVsbG8='), binascii.a2b_base64(b'aGVs\nbG8=\n'), binascii.a2b_base64(b'aGVsbG8'), binascii.a2b_base64(b'a!G@V#s$'))
print(binascii.a2b_base64(b'YQ==YQ=='), binascii.a2b_base64(b'YQ=x='), binascii.a2b_base64(b'YWJj'), binascii.a2b_base64(b'=YWJj'))
print(binascii.a2b_base64(b'YWJj', strict_mode=True), binascii.a2b_base64(b'YQ==', strict_mode=True))
for line in [b'abc', b'', b'a' * 45, bytes(range(40))]:
    u = binascii.b2a_uu(line)
    print(u, binascii.a2b_uu(u) == line, binascii.b2a_uu(line, backtick=True))
print(binascii.a2b_uu(b''), binascii.a2b_uu(b'!80  \n'), binascii.a2b_uu(b'#86)C'), binascii.a2b_uu('#86)C\r\n'), binascii.a2b_uu(b'`'))
qp_in = [b'hello world', b'caf\xc3\xa9 = ok', b'trailing space \nnext line\t\n', b'a' * 100, b'.\n', b'line1\r\nline2 \r\n',
         b'x_y z', b'tab\there', b'\x00\x01\x7f', b'end with space ', b'=' * 30]
for d in qp_in:
    print(binascii.b2a_qp(d), binascii.b2a_qp(d, quotetabs=True), binascii.b2a_qp(d, istext=False), binascii.b2a_qp(d, header=True))
for q in [b'hello=20world', b'soft=\nbreak', b'soft=\r\nbreak', b'=41=42=4', b'a=3d=3D', b'x_y', b'==', b'=zz', b'trail=', b'=\rx\ny']:
    print(q, binascii.a2b_qp(q), binascii.a2b_qp(q, header=True), binascii.a2b_qp(data=q.decode()))
print(binascii.Error.__mro__, binascii.Incomplete.__mro__, binascii.Error.__module__)

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))
for expr in ['binascii.a2b_hex("abc")', 'binascii.a2b_hex("zz")', 'binascii.a2b_hex("é")', 'binascii.a2b_hex(5)',
             'binascii.hexlify("abc")', 'binascii.hexlify(b"abc", "::")', 'binascii.hexlify(b"abc", 5)', 'binascii.hexlify(b"abc", "é")',
             'binascii.hexlify(b"ab", ":", 1.5)', 'binascii.hexlify()', 'binascii.b2a_base64("abc")', 'binascii.a2b_base64(b"abcde")',
             'binascii.a2b_base64(b"abcdef")', 'binascii.a2b_base64(b"a")', 'binascii.a2b_base64(b"=abc", strict_mode=True)',
             'binascii.a2b_base64(b"YQ==a", strict_mode=True)', 'binascii.a2b_base64(b"Y!Q==", strict_mode=True)',
             'binascii.a2b_base64(b"YQ=a=", strict_mode=True)', 'binascii.a2b_base64(b"abc", strict_mode=1.5)', 'binascii.a2b_base64(b"abc", True)',
             'binascii.b2a_uu(b"x" * 46)', 'binascii.a2b_uu(b"!\\x01")', 'binascii.a2b_uu(b"!80 garbage")', 'binascii.crc32("abc")',
             'binascii.crc32(b"a", 1.5)', 'binascii.crc32()', 'binascii.crc_hqx(b"a")', 'binascii.b2a_qp("text")', 'binascii.b2a_qp(b"x", foo=1)',
             'binascii.b2a_uu(b"x", backtick=1.0)', 'binascii.a2b_qp(5)']:
    show(expr)
