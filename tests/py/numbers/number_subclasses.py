# Subclasses of int, float and complex, and objects taking part through __index__, __int__,
# __float__ and the reflected operators.
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

class I(int):
    pass
class J(int):
    def __repr__(self): return 'J!'
    def __add__(self, o): return 'J.add'
    def __radd__(self, o): return 'J.radd'
class F(float):
    pass
class G(float):
    def __str__(self): return 'G-str'
class Z(complex):
    pass
i = I(5); j = J(7); f = F(2.5); g = G(1.5); z = Z(1, 2)
print(repr(i), type(i + 1), type(+i), type(-i), type(abs(i)), type(int(i)), type(i.real), type(i.__index__()), i == 5, hash(i))
print(1 + j, j + 1, i + j, j + i, repr(j), str(j), format(j, ''), format(j, 'd'), f'{j}', '%d' % j)
print(repr(f), type(f + 1), type(-f), type(float(f)), type(f.real), f.hex(), F.fromhex('0x1p3'), type(F.fromhex('0x1p3')))
print(format(g, ''), format(g, '.2f'), show(lambda: format(g, 'x')), str(g), repr(g), f'{g}')
print(repr(z), type(z + 1), type(-z), type(+z), type(z.conjugate()), type(complex(z)), z.__getnewargs__(), type(z.__complex__()))
print(I('12'), I('12', 16), type(I('12', 16)), F('1.5'), type(F('1.5')), I.from_bytes(b'\x01\x02', 'big'), type(I.from_bytes(b'\x01', 'big')))
print(int.__new__(I, 3), type(int.__new__(I, 3)), show(lambda: int.__new__(float, 3)), float.__new__(F, '2'), Z('1+1j'), type(Z('1+1j')))
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([1, 2, 3][Idx(1)], show(lambda: (1, 2, 3)[Idx(2**70)]), 'abc'[Idx(-1)], int(Idx(5)), float(Idx(5)), complex(Idx(2)),
      hex(Idx(255)), range(Idx(3)), (1, 2, 3)[Idx(1):Idx(9)], Idx(3) * 'ab', show(lambda: 'ab' * Idx(2**70)))
class BadIdx:
    def __index__(self): return 1.5
class IntR:
    def __int__(self): return 3
class IntBad:
    def __int__(self): return '3'
class FloatR:
    def __float__(self): return 3
print(show(lambda: [1, 2][BadIdx()]), show(lambda: int(BadIdx())), show(lambda: int(IntR())), show(lambda: int(IntBad())),
      show(lambda: float(FloatR())), show(lambda: float(IntR())), show(lambda: 1.0 + IntR()))
class R:
    def __radd__(self, o): return ('radd', o)
    def __rsub__(self, o): return ('rsub', o)
    def __rtruediv__(self, o): return ('rtruediv', o)
    def __rpow__(self, o): return ('rpow', o)
    def __rlshift__(self, o): return ('rlshift', o)
print(1 + R(), 2.5 - R(), 1j / R(), 2 ** R(), True << R(), show(lambda: 1 + object()), show(lambda: 1.5 * []), show(lambda: 1j @ 2))
print([1, 2] * 2, 2 * (1,), show(lambda: [1] * 2.0), show(lambda: 'a' * 2**70), sum([1, 2.5, 2**70, True]), max(1, 2.5, 2**60),
      min(-0.0, 0), round(2.5), round(3.5), round(-2.5), round(2.675, 2), divmod(-7, 2), abs(-5.5), abs(3+4j))
