# Integer algorithms in pure Python exercising big ints: gcd, modular inverse, fast pow, isqrt, fib.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(gcd(2**100, 6**50), gcd(-48, 18), gcd(0, 0), gcd(10**40 + 1, 10**20 + 1))
g, x, y = egcd(240, 46)
print(g, x, y, 240 * x + 46 * y)
p = 2**127 - 1
inv = pow(123456789, -1, p)
print(inv, inv * 123456789 % p, pow(123456789, p - 2, p) == inv)
print(isqrt(10**50), isqrt(2**201), isqrt(99), isqrt(10**50) ** 2 <= 10**50 < (isqrt(10**50) + 1) ** 2)
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print(a, len(str(a)), a % 1000000007, a.bit_length())
print(pow(3, 10**18, 10**9 + 7), pow(2, 2**64, 2**61 - 1), pow(7, 0, 1), pow(-7, 3, 10), pow(7, 3, -10))
fact = 1
for i in range(1, 101):
    fact *= i
print(str(fact)[:20], str(fact)[-30:], fact.bit_length(), len(str(fact)), fact % (2**64))
n = 2**89 - 1
print(all(pow(a, n - 1, n) == 1 for a in [2, 3, 5, 7, 11]), n)
x = 12345678901234567890123456789
print(x * x, x ** 3, x // 987654321, x % 987654321, -x // 987654321, (-x) % 987654321, x >> 40, x << 40, x & 0xFFFFFFFFFFFF)
