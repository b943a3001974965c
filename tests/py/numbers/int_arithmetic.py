# int arithmetic around the 2**53 number/BigInt boundary and the 30-bit digit sizes:
# floor division and modulo signs, true division rounding, powers, shifts, bitwise operators.
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

vals = [0, 1, -1, 7, -7, 255, 256, 257, -5, -6]
for k in (30, 31, 52, 53, 54, 63, 64, 100):
    for d in (-1, 0, 1):
        vals += [2**k + d, -(2**k) + d]
vals += [10**20, -10**20, 12345678901234567890123, -98765432109876543210]

for a in vals:
    print(a, show(lambda: -a), show(lambda: ~a), show(lambda: abs(a)), a.bit_length(), a.bit_count(),
          show(lambda: a >> 3), show(lambda: a << 7), show(lambda: a >> 64), show(lambda: a ** 3),
          show(lambda: float(a)), show(lambda: a.__sizeof__()), hex(a), oct(a), bin(a)[:20])

for i, a in enumerate(vals):
    for b in vals[i % 5::5]:
        print(a, b, show(lambda: a + b), show(lambda: a - b), show(lambda: a * b), show(lambda: a // b),
              show(lambda: a % b), show(lambda: divmod(a, b)), show(lambda: a / b), show(lambda: a & b),
              show(lambda: a | b), show(lambda: a ^ b), a < b, a == b, a >= b)

print(show(lambda: 1 << -1), show(lambda: 1 >> -1), show(lambda: 0 << 2**70), show(lambda: 1 >> 2**70), show(lambda: -1 >> 2**70))
print(show(lambda: 2**-1), show(lambda: (-2)**-1), show(lambda: 0**-1), show(lambda: 0**0), show(lambda: (-1)**(10**30 + 1)))
print(show(lambda: pow(3, 10**20, 7)), show(lambda: pow(3, -1, 7)), show(lambda: pow(-3, 3, 7)), show(lambda: pow(3, 3, -7)),
      show(lambda: pow(2, -1, 4)), show(lambda: pow(2, 3, 0)), show(lambda: pow(0, 0, 1)), show(lambda: pow(10**20, -1, 7)),
      show(lambda: pow(2, 3.0, 5)))
print(show(lambda: 2**-1074), show(lambda: 2**-1075), show(lambda: (2**1024 - 1) / 2**970), show(lambda: 2**1100 / 9),
      show(lambda: 1 / (3 * 2**1072)), show(lambda: 3 / 2**1080), show(lambda: 10**400 / -10**399), show(lambda: 7 / -2**60))
print(show(lambda: 1 // 0), show(lambda: 1 % 0), show(lambda: divmod(1, 0)), show(lambda: 1 / 0), show(lambda: 2**1024 / 1))
print(round(15, -1), round(25, -1), round(-25, -1), round(12345, -2), round(5, 2), round(10**30 + 5 * 10**9, -10))
