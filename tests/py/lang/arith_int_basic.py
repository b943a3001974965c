# Basic integer arithmetic
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** 2, 2 ** 10, (-2) ** 3)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b))
print(0 // 3, 0 % 3, 3 // 1)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(~5, ~-1, ~0)
print(-(-3), +4, -0)
print(5 & 3, 5 | 3, 5 ^ 3)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 100)
print(-5 & 0xFF, -1 | 8, -6 ^ 3)
print(2 ** -1, 10 ** -2)
print(0 ** 0, 1 ** 1000, (-1) ** 1001)
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
x **= 4
print(x)
y = 7
y <<= 3
y >>= 1
y &= 0b11100
y |= 1
y ^= 0b101
print(y)
print(1_000_000 + 0x_ff + 0o17 + 0b1010)
print(3 * -2, -3 * -2, 3 - -2)
print(100 // 7 * 7 + 100 % 7)
print(2 + 3 * 4 ** 2 // 5 - 1)
print((2 + 3) * (4 - 1) ** 2)
