# % formatting of floats and ints (str and bytes), __index__/__float__/__int__ operands, format()
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for v in [0.0, -0.0, 1.5, -2.5, 0.5, 2.5, 0.125, 1e16, 1e-5, 123456789.125, float('inf'), float('-inf'), float('nan'), 1e300, 3]:
    t(lambda: '%f|%.0f|%.2f|%e|%.3e|%g|%.3g|%G|%E|%F|%#g|%#.0f|%+f|% f|%010.2f|%-10.2f|%+010.3e' % ((v,) * 17))
t(lambda: '%f' % 'x'); t(lambda: '%.100f' % 1.1); t(lambda: '%.*f' % (-1, 1.5)); t(lambda: '%d' % 3.7); t(lambda: '%d' % -3.7); t(lambda: '%x' % 3.0); t(lambda: '%d' % float('inf')); t(lambda: '%d' % float('nan')); t(lambda: '%d' % 1j)
t(lambda: b'%f|%.2e|%g|%+08.2f' % (1.5, 1.5, 1e20, -2.25)); t(lambda: b'%f' % 'a'); t(lambda: b'%d' % 2.9)
class N:
    def __index__(self): return 65
t(lambda: '%c' % N()); t(lambda: '%x' % N()); t(lambda: '%d' % N()); t(lambda: '%f' % N()); t(lambda: b'%c' % N())
class F:
    def __float__(self): return 2.5
t(lambda: '%f' % F()); t(lambda: '%d' % F())
class I:
    def __int__(self): return 7
t(lambda: '%d' % I()); t(lambda: '%x' % I())
t(lambda: format('ab', '>5')); t(lambda: format('ab', 'd')); t(lambda: 'ab'.__format__('^6')); t(lambda: f'{"x":*^7}')
class S(str): pass
t(lambda: format(S('a'), 'd')); t(lambda: '{:d}'.format(S('a'))); t(lambda: format(S('a'), ''))
