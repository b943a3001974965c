# int() from strings, bytes and objects; str() and the digit limit; to_bytes/from_bytes; hashes.
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

strs = ['0', '-0', ' 12 ', '\t12\x0b', '1_000', '1__000', '_1', '1_', '0x1f', '0X_1F', '0o17', '0b101', '0b', '0x', '0x__1',
        '010', '000', '0_0', '+-1', '1e5', '1.5', '', ' ', '١٢٣', '\u20001\u2000', '\x1c1', '1\x00', 'z', 'zz', '-ZZ',
        '9' * 40, 'x' * 300]
for s in strs:
    print(repr(s)[:60], show(lambda: int(s)), show(lambda: int(s, 0)), show(lambda: int(s, 16)), show(lambda: int(s, 36)),
          show(lambda: int(s.encode('utf-8'))))
print(show(lambda: int('1', 1)), show(lambda: int('1', 37)), show(lambda: int(1, 10)), show(lambda: int('1', 2.0)),
      show(lambda: int(base=2)), show(lambda: int('10', base=2)), show(lambda: int(x=1)), show(lambda: int('1', 2, 3)),
      show(lambda: int([1])), show(lambda: int(None)), show(lambda: int()), show(lambda: int(b' 1 2')), show(lambda: int(bytearray(b'12'))))
print(show(lambda: int(3.7)), show(lambda: int(-3.7)), show(lambda: int(1e300)), show(lambda: int(float('inf'))), show(lambda: int(float('nan'))))
print(show(lambda: int('1' * 4301)), show(lambda: str(10**4299)[:5]), show(lambda: str(-10**4300)), show(lambda: len(hex(10**5000))))
for v in (0, 1, -1, 127, 128, -128, -129, 255, 256, 10**30, -10**30):
    print(v, show(lambda: v.to_bytes(2, 'big')), show(lambda: v.to_bytes(13, 'little', signed=True)),
          show(lambda: v.to_bytes(0, 'big', signed=True)), show(lambda: int.from_bytes(v.to_bytes(16, 'big', signed=True), 'big', signed=True)))
print(show(lambda: (1).to_bytes(1, 'middle')), show(lambda: (1).to_bytes(-1, 'big')), show(lambda: (1).to_bytes(1, byteorder=1)),
      show(lambda: int.from_bytes([1, 256])), show(lambda: int.from_bytes('ab')), show(lambda: int.from_bytes(1)),
      show(lambda: int.from_bytes(b'\xff\xff', 'little', signed=True)), show(lambda: bool.from_bytes(b'\x00')))
for v in (-1, -2, 2**61 - 2, 2**61 - 1, 2**61, -2**61, 2**63, -(2**63), 2**64, 10**30, -10**30):
    print(v, hash(v))
print((5).as_integer_ratio(), (3).conjugate(), (3).real, (3).imag, (3).numerator, (3).denominator, (3).__getnewargs__(),
      True.__getnewargs__(), (-5).__floor__(), (5).__ceil__(), (7).__trunc__(), hasattr(int, 'is_integer'))
