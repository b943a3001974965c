import math
print(math.pi, math.e, math.tau, math.inf, math.isnan(math.nan))
print(math.sqrt(2), math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fabs(-3), math.factorial(20))
print(math.gcd(12, 18, 30), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(1), math.pow(2, 10), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(math.sin(0), math.cos(math.pi), round(math.tan(math.pi / 4), 12), math.atan2(1, 1), math.degrees(math.pi), math.radians(180))
print(math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.copysign(1, -0.0), math.fmod(7, 3), math.modf(3.5), math.frexp(8), math.ldexp(0.5, 4))
print(math.isclose(1.0, 1.0 + 1e-10), math.isfinite(1e308), math.isinf(-math.inf), math.nextafter(1, 2), math.ulp(1.0))
for f, a in [(math.sqrt, -1), (math.log, 0), (math.factorial, -1)]:
    try:
        f(a)
    except ValueError as e:
        print("ValueError", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError", e)
