# cmath: C99 Annex G special values (the 7x7 tables) and the errors they raise
import cmath, math
inf, nan = math.inf, math.nan
kinds = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]

def fmt(z):
    return '(%r,%r)' % (z.real, z.imag)

for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
             'sin', 'sinh', 'sqrt', 'tan', 'tanh']:
    f = getattr(cmath, name)
    row = []
    for re in kinds:
        for im in kinds:
            if math.isfinite(re) and math.isfinite(im) and re not in (0.0,) and im not in (0.0,):
                continue
            try:
                row.append(fmt(f(complex(re, im))))
            except Exception as e:
                row.append(type(e).__name__)
    print(name, ' '.join(row))
for r in kinds:
    out = []
    for phi in kinds:
        try:
            out.append(fmt(cmath.rect(r, phi)))
        except Exception as e:
            out.append(type(e).__name__)
    print('rect', r, ' '.join(out))
for z in [complex(inf, nan), complex(nan, inf), complex(-inf, 1), complex(3, 4), complex(nan, 1), 0j, complex(-0.0, -0.0), complex(-1, -0.0), complex(1e308, 1e308)]:
    try:
        print(fmt(z), cmath.phase(z), cmath.polar(z))
    except Exception as e:
        print(fmt(z), type(e).__name__, e)
for expr in ['cmath.log(0)', 'cmath.log(0, 2)', 'cmath.log(2, 0)', 'cmath.log(1, 1)', 'cmath.log(10, 1)', 'cmath.log(2, 1j)',
             'cmath.atanh(1)', 'cmath.atanh(-1)', 'cmath.exp(1000)', 'cmath.exp(complex(1000, 1))', 'cmath.cosh(1000)',
             'cmath.sinh(complex(1000, 2))', 'cmath.sqrt("a")', 'cmath.sqrt()', 'cmath.log()', 'cmath.log(1, 2, 3)',
             'cmath.rect(1)', 'cmath.rect(1j, 1)', 'cmath.isclose(1)', 'cmath.isclose(1, 1, rel_tol=-1)',
             'cmath.isclose(1+1j, 1+1.0000000001j)', 'cmath.isclose(complex(inf, 1), complex(inf, 1))',
             'cmath.isclose(complex(inf, 1), complex(inf, 2))', 'cmath.isclose(1, 1.1, abs_tol=0.2)',
             'cmath.isfinite(complex(1, inf))', 'cmath.isinf(complex(nan, inf))', 'cmath.isnan(complex(1, nan))',
             'cmath.polar(complex(1e308, 1e308))', 'cmath.exp(complex(710, 0))', 'cmath.exp(complex(-inf, inf))',
             'cmath.tanh(complex(1000, 1))', 'cmath.sqrt(complex(5e-324, 5e-324))', 'cmath.log(complex(5e-324, 0))',
             'cmath.acos(complex(1e308, 1e308))', 'cmath.asinh(complex(-1e308, -1e308))', 'cmath.atanh(complex(1e300, 1))',
             'cmath.atanh(complex(1, 1e-200))', 'cmath.atanh(complex(1, -0.0))', 'cmath.log(complex(1e308, 1e308))',
             'cmath.sqrt(complex(-1e308, 1e308))', 'cmath.pi', 'cmath.e', 'cmath.tau', 'cmath.inf', 'cmath.infj', 'cmath.nanj']:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
class C:
    def __complex__(self): return 3 + 4j
class Fl:
    def __float__(self): return 0.5
class Ix:
    def __index__(self): return 2
print(cmath.sqrt(C()), cmath.acos(Fl()), cmath.sqrt(Ix()), cmath.exp(True), cmath.sqrt(-4))
