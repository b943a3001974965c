# format() of floats, ints, complex numbers and strs through the format-specification mini-language.
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

fspecs = ['', '.0f', '.2f', '.20f', 'f', 'e', '.0e', '.16e', 'g', '.0g', '.3g', '.17g', '#g', '#.0f', '#.0e', '%', '.1%',
          '.3', '.17', '#', ',', ',.2f', '_.3f', '+', ' ', 'z.2f', 'z', '020.3f', '020,.2f', '<15', '^15.4g', '*>12.1e',
          '=+12.3f', 'E', 'G', 'F', 'n', '012n', '.60e', '.120f', '#.5', '010', ',g', 'd', ',_', '.', 'abc']
for x in [0.0, -0.0, 1.0, 0.5, 2.5, -2.5, 0.1, 1/3, 1e16, 1e15, 1e23, 5e-324, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan'), 2.675, 0.125, 9.5, 999999.5, 123456789.0, 12345.6789, 1e-5]:
    print(repr(x), ' '.join(show(lambda: format(x, s)) for s in fspecs))

ispecs = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#x', '#X', 'c', 'n', ',', '_', '_x', '#020_x', '010,', '012,', '+05',
          'x<+#010_x', '=^10', '0=10', 'e', '.3g', '%', '.2', '+c', ',b', ',_', 'q', '^5c', '010c', ',n']
for v in [0, 1, -1, 65, 255, -1234567, 0x1f600, 0x110000, 2**53 + 1, -(2**64), 10**30, True]:
    print(v, ' '.join(show(lambda: format(v, s)) for s in ispecs))

for z in [0j, complex(-0.0, 0.0), 1+2j, complex(0.0, -0.0), -2.5-1e16j, complex(float('inf'), float('nan')), 1e-5j]:
    print(repr(z), str(z), ' '.join(show(lambda: format(z, s)) for s in ['', '10', '.3f', '^30.2e', 'g', '+.4', 'z.1f',
          '#', '_.2f', 'n', 'E', '010', '=10', '%', 'z', ',']))

for s in ['', 'abc', 'héllo', '😀x']:
    print(repr(s), ' '.join(show(lambda: format(s, sp)) for sp in ['', 's', '5', '^6', 'x^7.2', '😀^7', '.1', '+', '#',
          '=10', 'd', ',', '05']))
