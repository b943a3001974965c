# math: the integer functions on small and big ints
import math

print([math.factorial(n) for n in range(25)])
print(math.factorial(100))
print(len(str(math.factorial(2000))), math.factorial(2000) % 1000003)
print(math.factorial(True), type(math.factorial(True)))
print([math.isqrt(n) for n in range(40)])
for n in [2**52 - 1, 2**52, 2**53 + 1, 2**60 - 1, 10**30, 10**30 - 1, 2**200, 3**301, (10**40 + 7)**2, (10**40 + 7)**2 - 1]:
    print(n, math.isqrt(n))
class I:
    def __index__(self): return 17
print(math.isqrt(I()), math.factorial(I()), math.gcd(I(), 51), math.lcm(I(), 3))
print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18, 27), math.gcd(0, 0))
print(math.gcd(2**100, 2**80 * 3), math.gcd(3**100, 3**50 * 2**70), math.gcd(12, 2**70 * 9))
print(math.lcm(), math.lcm(0), math.lcm(-12), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(5, 0, "x" if False else 3))
print(math.lcm(2**64, 3**40), math.lcm(-4, 6), type(math.gcd(True, 2)), math.gcd(True))
print([math.comb(10, k) for k in range(12)])
print([math.perm(10, k) for k in range(12)])
print(math.comb(100, 50), math.comb(1000, 3), math.comb(10**20, 2), math.comb(2**70, 2**70 - 3))
print(math.perm(30), math.perm(10**20, 3), math.perm(50, 49) == math.factorial(50))
print(math.comb(True, True), type(math.comb(True, True)), math.perm(I(), 2))
print(math.comb(500, 250) % 10**9, math.perm(500, 250) % 10**9)
print(math.prod(range(1, 20)), math.prod(range(1, 40)), math.prod([]), math.prod([], start=5))
print(math.prod([2**40, 2**40, 3]), math.prod([1.5, 2, 3]), math.prod([2, 3], start=1.5), math.prod([2, 2.5, 2**70]))
print(math.prod([[1]], start=3), math.prod(["ab"], start=2), math.prod([2, 3.0, 4]))
from fractions import Fraction
print(math.trunc(Fraction(7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)))
class F:
    def __floor__(self): return "floor!"
    def __ceil__(self): return "ceil!"
    def __trunc__(self): return "trunc!"
    def __float__(self): return 2.5
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class G:
    def __float__(self): return -2.5
print(math.floor(G()), math.ceil(G()))
print(math.floor(7), math.ceil(-7), math.trunc(True), math.floor(2.5), math.ceil(-2.5), math.trunc(-2.9))
print(math.floor(1e300) == 10**300, math.ceil(1e300) == int(1e300), math.floor(-0.5), math.ceil(-0.5))
