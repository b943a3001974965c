# float repr/str/hash, float(str), hex/fromhex, round, as_integer_ratio, floor division and modulo,
# exact comparisons with ints, powers with integral exponents.
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1/3, 1e16, 1e15, 9.999999999999999e22, 1e23, 1e22,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float('inf'), float('-inf'),
        1234567.0, 0.000123456, 1e-5, 9.5, 2.675, 1.005, 1234.5, 99.995, 4.35, 1e300, 1e-300, 2.0**80, 5e-5]
for x in vals:
    print(repr(x), str(x), hash(x), x.hex(), show(lambda: x.as_integer_ratio()), x.is_integer(), show(lambda: round(x)),
          show(lambda: round(x, 2)), show(lambda: round(x, -2)), show(lambda: round(x, 0)), show(lambda: round(x, 400)),
          show(lambda: int(x)), show(lambda: x.__floor__()), show(lambda: x.__ceil__()), show(lambda: x // 0.7),
          show(lambda: x % 0.7), show(lambda: divmod(x, -3.0)), show(lambda: x ** 2), show(lambda: x ** -3),
          show(lambda: x < 2**60), show(lambda: x == int(x) if abs(x) != float('inf') else None), float.fromhex(x.hex()) == x)
nan = float('nan')
print(nan == nan, nan != nan, nan < 1, 1 < nan, nan == 10**400, hash(0.0) == hash(0), hash(-0.0), hash(float('inf')),
      hash(float('-inf')), 10**400 > 1e308, 10**400 == float('inf'), 2**53 + 1 == 2.0**53, 2**53 == 2.0**53)
for s in ['1.5', ' 1_0.5 ', '1__0', 'inf', '-nan', 'infinity', 'iNfInItY', 'in', '0x10', '1e', '.e1', '.1', '1.', '_1',
          '1_.5', '1._5', '1e_5', '1e5_0', '', ' ', '١.5', '1\x00', '1e400', '-1e-400', '9007199254740993']:
    print(repr(s), show(lambda: float(s)), show(lambda: float(s.encode('utf-8'))))
for h in ['0x1.8p1', '-0x1.fffffffffffffp1023', '0x1.fffffffffffff8p1023', '0x0.0000000000001p-1022', '0x1p-1075',
          '0x1.1p-1075', ' 0x1 ', '0x.p1', '0x1.p', 'inf', '-nan', '+0x1e3p-1', '0x1.0000000000000800p0', '0x1.0000000000001800p0']:
    print(h, show(lambda: float.fromhex(h)))
print(show(lambda: 1.0 / 0), show(lambda: 1.0 // 0), show(lambda: 1.0 % 0), show(lambda: divmod(1.0, 0)),
      show(lambda: 0.0 ** -1), show(lambda: 2.0 ** 1024), show(lambda: 10.0 ** 308), show(lambda: 2.0 ** -1080),
      show(lambda: (-8.0) ** 3), show(lambda: float('inf') ** -1), show(lambda: (-float('inf')) ** 3), show(lambda: 1.0 ** float('nan')))
print(show(lambda: float(x=1)), show(lambda: float(1, 2)), show(lambda: float([])), show(lambda: float.__getformat__('double')),
      show(lambda: float.__getformat__('x')), (1.5).__getnewargs__(), (1.5).conjugate(), (1.5).real, (1.5).imag,
      show(lambda: float('inf').as_integer_ratio()), show(lambda: float('nan').as_integer_ratio()), show(lambda: round(1.5e308, -308)))
