# complex numbers (arithmetic, integral powers, abs, parsing, the constructor) and bool.
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

inf = float('inf'); nan = float('nan')
parts = [0.0, -0.0, 1.0, -2.5, 1e-300, 1e300, 0.1, inf]
for a in parts:
    for b in parts[::2]:
        z = complex(a, b)
        print(repr(z), str(z), hash(z), show(lambda: abs(z)), show(lambda: -z), show(lambda: z.conjugate()),
              show(lambda: z * z), show(lambda: z / (1+2j)), show(lambda: (1+2j) / z), show(lambda: z ** 2),
              show(lambda: z ** -1), show(lambda: z + 1), show(lambda: z == z.real), bool(z))
for s in ['1+2j', ' (1+2j) ', '1e1_0j', '1__0j', 'j', '-j', '1+j', '1-j', '1+', '', 'nan+infj', '(1+2j', '( 1+2j )',
          '1.5e+3-2.5e-3J', 'infj', '-inf-infj', '1 + 2j', '١j', '1\x00']:
    print(repr(s), show(lambda: complex(s)))
class C:
    def __complex__(self): return 3+4j
class D:
    def __float__(self): return 2.5
print(show(lambda: complex(C())), show(lambda: complex(D())), show(lambda: complex('1', 2)), show(lambda: complex(1, '2')),
      show(lambda: complex([])), show(lambda: complex(1, [])), show(lambda: complex(1j, 1j)), show(lambda: complex(x=1)),
      show(lambda: complex(real=1, imag=2)), show(lambda: complex(1, 2, 3)), show(lambda: complex(b'1')))
print(show(lambda: 1j / 0), show(lambda: 0j ** -1), show(lambda: (1+1j) ** 1e308), show(lambda: abs(1e308+1e308j)),
      show(lambda: pow(1j, 2, 3)), show(lambda: 1j % 2), show(lambda: 1j // 2), show(lambda: 1j < 2), show(lambda: (1+0j) == 1),
      show(lambda: complex(2**60 + 1) == 2**60 + 1), show(lambda: int(1j)), show(lambda: float(1j)))
print(True + True, True & True, True | False, True ^ True, ~True, -True, True << 1, True / 2, repr(True), str(False),
      bool(2), bool(''), show(lambda: bool(x=1)), show(lambda: bool(1, 2)), True.__sizeof__(), True.real, hash(True),
      isinstance(True, int), show(lambda: type('B', (bool,), {})), True & 3, 3 | False, format(True, ''), format(True, 'd'),
      True == 1, {True: 'a', 1: 'b', 1.0: 'c'}, sorted([True, False, 2, -1]), int(True), float(False), complex(True))
