# cmath: a spread of ordinary arguments (float.hex of both parts)
import cmath

def h(z):
    return z.real.hex() + ',' + z.imag.hex()

pts = [complex(a, b) for a in (-3.7, -1.0, -0.3, 0.0, 0.25, 1.0, 2.5, 40.0) for b in (-2.2, -0.5, 0.0, 0.7, 1.0, 3.0)]
pts += [complex(1e-300, 1e-300), complex(1e300, -1e300), complex(0.9, 0.4), complex(1.0001, 1e-9), complex(-1e-8, 1e-8)]
for name in ['sqrt', 'exp', 'log', 'log10', 'sin', 'cos', 'tan', 'sinh', 'cosh', 'tanh', 'asin', 'acos', 'atan',
             'asinh', 'acosh', 'atanh']:
    f = getattr(cmath, name)
    out = []
    for z in pts:
        try:
            out.append(h(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
print([h(cmath.log(z, 3 + 1j)) for z in pts[:10]])
print([(cmath.polar(z)[0].hex(), cmath.phase(z).hex()) for z in pts[:12]])
print([h(cmath.rect(r, p)) for r in (0.5, 2.0, -1.5) for p in (-2.0, 0.3, 1.0, 3.0)])
