# math: argument checking and CPython's error messages
import math

def show(expr):
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
    else:
        print(expr, '->', repr(r))

for expr in [
    'math.log()', 'math.log(1, 2, 3)', 'math.gcd(a=1)', 'math.sqrt()', 'math.sqrt(1, 2)',
    'math.sqrt("x")', 'math.atan2(1)', 'math.pow(1)', 'math.hypot(a=1)', 'math.isclose(1)',
    'math.isclose(1, 2, 3)', 'math.isclose(1, 2, x=3)', 'math.isclose(a=1, b=1.0000000001)',
    'math.prod()', 'math.prod([1], 2)', 'math.prod([1], x=2)', 'math.perm()', 'math.perm(1, 2, 3)',
    'math.comb(1)', 'math.comb(10, k=2)', 'math.ldexp(1, 1.5)', 'math.ldexp(1)', 'math.factorial(1.5)',
    'math.factorial(-1)', 'math.factorial(2**63)', 'math.factorial("x")', 'math.trunc("x")',
    'math.ceil("x")', 'math.floor(None)', 'math.isqrt(-1)', 'math.isqrt(1.0)', 'math.gcd(1.5)',
    'math.lcm(1, 1.5)', 'math.fsum([1, "a"])', 'math.fsum(1)', 'math.fsum([1e308, 1e308])',
    'math.fsum([float("inf"), float("-inf")])', 'math.fsum([float("inf"), 1.0])',
    'math.fsum([float("nan"), 1.0])', 'math.dist((1,), (1, 2))',
    'math.dist(1, 2)', 'math.dist([1], ["a"])', 'math.comb(-1, 2)', 'math.comb(1, -2)',
    'math.perm(-1, 2)', 'math.perm(2**64, 2**63)', 'math.comb(2**65, 2**64)', 'math.perm(5, None)',
    'math.log(0)', 'math.log(-1)', 'math.log(10, 1)', 'math.log(10, 0)', 'math.exp(1000)',
    'math.sqrt(-1)', 'math.pow(0, -1)', 'math.pow(-1, 0.5)', 'math.pow(10, 400)', 'math.fmod(1, 0)',
    'math.fmod(float("inf"), 1)', 'math.remainder(1, 0)', 'math.remainder(float("inf"), 1)',
    'math.gamma(0)', 'math.gamma(-1)', 'math.gamma(200)', 'math.gamma(-0.0)', 'math.gamma(float("-inf"))',
    'math.lgamma(0)', 'math.lgamma(-2)', 'math.lgamma(1e308)', 'math.cosh(1000)', 'math.sinh(-1000)',
    'math.acosh(0)', 'math.atanh(1)', 'math.log1p(-1)', 'math.expm1(1000)', 'math.ldexp(1, 100000)',
    'math.ldexp(1, 2**70)', 'math.ldexp(1.0, -2**70)', 'math.erf("a")', 'math.frexp("a")',
    'math.ulp("a")', 'math.nextafter(1)', 'math.isclose(1, 1, rel_tol=-1)', 'math.log(-2**10000)',
    'math.log(0.0)', 'math.exp2(1025)', 'math.log("a")', 'math.log(10, "a")',
    'math.prod(["a"], start="")', 'math.asin(2)', 'math.acos(-1.5)', 'math.tan(float("inf"))',
    'math.sin(float("inf"))', 'math.cos(float("-inf"))', 'math.log2(-1)', 'math.log10(0)',
    'math.sqrt(float("-inf"))', 'math.atan2("a", 1)', 'math.copysign(1)', 'math.floor(float("inf"))',
    'math.ceil(float("nan"))', 'math.trunc(float("inf"))', 'math.exp(10**400)',
    'math.sqrt(10**400)', 'math.isinf(10**400)', 'math.hypot(10**400)', 'math.fsum([10**400])',
    'math.erfc(1e10)', 'math.erf(float("nan"))', 'math.gamma(171.7)', 'math.gamma(-171.5)',
    'math.gamma(1e-320)', 'math.lgamma(-1e-300)', 'math.pow(float("inf"), -3)', 'math.pow(-0.0, -3)',
    'math.pow(-0.0, -2)', 'math.pow(float("nan"), 0)', 'math.pow(1, float("nan"))',
    'math.pow(-1, float("inf"))', 'math.pow(0.5, float("-inf"))', 'math.pow(-2, float("inf"))',
    'math.pow(float("-inf"), 3)', 'math.pow(float("-inf"), 2)', 'math.pow(float("-inf"), -3)',
]:
    show(expr)
