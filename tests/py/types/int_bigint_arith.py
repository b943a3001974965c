# Big-int arithmetic with mixed signs: +, -, *, //, %, divmod, pow, abs, negation.
a = 2**100 + 12345
b = -(3**70) + 7
c = 10**30 - 1
vals = [a, b, c, -a, 1, -1, 7, -7, 2**64, -(2**63)]
for x in vals[:6]:
    for y in vals[4:]:
        print(x + y, x - y, x * y)
for x in [a, b, c, -c, 2**200 + 1]:
    for y in [3, -3, 10**9 + 7, -(2**65), 2**31]:
        q, r = divmod(x, y)
        print(q, r, x // y == q, x % y == r, q * y + r == x)
print(pow(3, 200))
print(pow(-3, 201))
print(pow(2, 100, 10**9 + 7), pow(-2, 101, 97), pow(12345, -1, 1000003))
print(abs(b), -b, +b, ~b)
print(2**64 // 2**32, 2**64 % (2**32 - 1), -(2**64) // 3, -(2**64) % 3)
print((10**50) // (10**25), (10**50 + 1) % (10**25))
n = 1
for i in range(1, 40):
    n *= i
print(n)
print(n // (2**30), n % 1000007)
print(int(n ** 0.5) if n < 10**300 else 0)
print(10**18 * 10**18, 999999999999999999 * 999999999999999999)
print(sum(range(10**6)), sum([2**62] * 10))
print((2**53 + 1) * 3, 2**53 + 1 - 2**53, (2**53) * (2**53))
print(-(2**1000) // 2**999, (2**1000 + 1) // -(2**999))
print(0 * (2**100), (2**100) * 0, (2**100) - (2**100))
print(True + 2**70, 2**70 * False)
