# math: fsum, hypot, dist, frexp/ldexp, modf, fmod, remainder, nextafter, ulp, isclose, log of big ints
import math
inf, nan = math.inf, math.nan

def h(x):
    return x.hex() if isinstance(x, float) else repr(x)

print(math.pi, math.e, math.tau, math.inf, math.nan, type(math.pi))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e-16, 1, 1e16]), math.fsum([1, 1e100, 1, -1e100]))
print(math.fsum([]), math.fsum([-0.0]), math.fsum([1e308, -1e308, 1e308]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([2.0**53, 1.0, 2.0**-100]), math.fsum([inf, 1]), math.fsum([nan, inf]))
print(math.fsum([1, 2**60, 3]), math.fsum([1.7976931348623157e308, -1.7976931348623157e308 / 2, 1e292]))
vals = [(i * 0.37) ** 3 * (-1) ** i for i in range(200)]
print(h(math.fsum(vals)), h(math.fsum(reversed(vals))))
print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(3, 4, 12), h(math.hypot(1, 1)))
print(math.hypot(inf, nan), math.hypot(nan, 1), math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(1e-310, 3e-310))
print([h(math.hypot(i * 0.1, i * 0.3 + 1, 1 / (i + 1))) for i in range(12)])
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], (4, 6, 15)), math.dist((), ()), h(math.dist((1.1, 2.2), (3.3, -4.4))))
print(math.dist(iter([1, 1]), iter([2, 2])), math.dist((inf, 0), (0, nan)))
for x in [0.0, -0.0, 1.0, -1.5, 1e-320, 5e-324, 1e308, 0.1, inf, -inf, nan, 2**0.5]:
    print(h(x), math.frexp(x), [h(v) for v in math.modf(x)])
for x, i in [(1.0, 1), (0.75, -1074), (0.75, -1075), (1.5, -1074), (1.0, 1024), (0.5, 1024), (1e-300, 700), (3.0, -1076),
             (-1.0, -1080), (1.0000000000000002, -1074), (0.8, -1073), (inf, -5), (nan, 3), (-0.0, 100), (1, 10**30), (1, -10**30), (5, True)]:
    try:
        print(x, i, h(math.ldexp(x, i)))
    except Exception as e:
        print(x, i, type(e).__name__, e)
for x, y in [(5.5, 2), (-5.5, 2), (5.5, -2), (1e300, 3.3), (-0.0, 1), (3, inf), (-3, -inf), (1, nan), (7, 2.5), (1e-310, 3e-320)]:
    print(x, y, h(math.fmod(x, y)), h(math.remainder(x, y)))
for x, y in [(2.5, 1), (3.5, 1), (-2.5, 1), (5, 2), (7, 2), (-inf, 1) if False else (1, inf), (inf, nan) if False else (nan, 1), (1e-320, 3e-320), (6, 4), (10, 4)]:
    print(x, y, h(math.remainder(x, y)))
for x, y in [(1, 2), (1, 0), (0.0, 1), (0.0, -1), (-0.0, 0.0), (1e308, inf), (inf, 0), (5e-324, 0), (-5e-324, 1), (1, nan), (nan, 1), (2.0, 1)]:
    print(x, y, h(math.nextafter(x, y)))
for x in [0.0, 1.0, -1.0, 1e308, 1.7976931348623157e308, 5e-324, 2.0**-1022, inf, nan, 1e-320, 3.0]:
    print(h(x), h(math.ulp(x)))
print(math.copysign(1, -0.0), math.copysign(-2, 0.0), math.copysign(nan, -1), math.copysign(inf, -1))
print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.01), math.isclose(1, 1.01, rel_tol=0.1), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isclose(inf, inf), math.isclose(inf, -inf), math.isclose(nan, nan), math.isclose(1e308, inf), math.isclose(a=2, b=2))
print(math.isfinite(1), math.isfinite(inf), math.isinf(-inf), math.isnan(nan), math.isnan(1), math.isinf(10**300))
print(math.degrees(math.pi), math.radians(180), h(math.degrees(1)), h(math.radians(1)), math.fabs(-2), math.fabs(-0.0))
print(math.sqrt(4), h(math.sqrt(2)), math.sqrt(-0.0), math.sqrt(inf), h(math.sqrt(1e-310)), math.sqrt(2**1000) == 2.0**500)
print(math.log(2**10000), math.log(2**10000, 2), math.log10(10**400), math.log2(2**5000), math.log(10**400, 10**200))
print(h(math.log(3**1000)), h(math.log2(3**1000)), h(math.log10(7**1000)), h(math.log(2**1024 - 1)), h(math.log(2**1030 + 2**970)))
print(math.log(8, 2), math.log(100, 10), math.log(1), math.log(True), math.log2(1024), math.log10(1000), math.log(0.5, 0.25))
print(math.pow(2, 10), math.pow(2, -1), math.pow(-2, 3), math.pow(4, 0.5), math.pow(0, 0), math.pow(-8, 1/3) if False else 0)
print(math.gamma(1), math.gamma(5), math.gamma(23), math.gamma(24), math.lgamma(1), math.lgamma(2), math.lgamma(3))
