# math: the C library functions on a spread of arguments, compared bit for bit (float.hex)
import math

xs = [(-1) ** i * (i * 0.731) ** 1.5 / 7 for i in range(1, 41)] + [1e-300, -2.5e-10, 0.5, 1.0, 2.0, 10.0, 123.456, 700.5, -700.5]
small = [x for x in xs if abs(x) <= 1] + [0.999, -0.999, 0.25, -0.75]
big = [abs(x) + 1 for x in xs]
def row(name, args):
    f = getattr(math, name)
    out = []
    for x in args:
        try:
            out.append(f(x).hex())
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, ' '.join(out))
for name in ['exp', 'exp2', 'expm1', 'sin', 'cos', 'tan', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'erf', 'erfc', 'cbrt', 'gamma', 'lgamma']:
    row(name, xs)
for name in ['log', 'log2', 'log10', 'log1p', 'sqrt', 'acosh']:
    row(name, big)
for name in ['asin', 'acos', 'atanh']:
    row(name, small)
print('pow', ' '.join(math.pow(b, e).hex() for b in big[:12] for e in (-2.5, -1.0, 0.3, 2.0, 3.7, 17.0)))
print('atan2', ' '.join(math.atan2(y, x).hex() for y in xs[:10] for x in xs[5:15]))
print('hypot', ' '.join(math.hypot(y, x).hex() for y in xs[:10] for x in xs[5:15]))
print('big args', [math.sin(x).hex() for x in (1e22, 2.0**100, 1.7976931348623157e308)], [math.cos(x).hex() for x in (1e6, 1e15)])
print('tiny', [math.exp(x).hex() for x in (-745.0, -740.123, -709.1)], [math.exp2(x).hex() for x in (-1074.0, -1060.5, 1023.5)])
