# Big integer arithmetic.


def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def digit_sum(n):
    return sum(ord(c) - 48 for c in str(n))


def pi_digits(ndigits):
    # Machin-like formula with fixed-point big ints.
    unity = 10 ** (ndigits + 10)

    def arctan_inv(x):
        total = term = unity // x
        x2 = x * x
        k = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total

    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return pi // 10 ** 10


def modpow_checks(n):
    m = (1 << 127) - 1
    acc = 0
    for i in range(1, n):
        acc ^= pow(i, m - 2, m) % 1000003
    return acc


def chunk_sum(n, base):
    # Split a huge int into base-`base` limbs with repeated divmod.
    total = 0
    count = 0
    while n:
        n, r = divmod(n, base)
        total += r
        count += 1
    return total % 1000000007, count


def fib_big(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    f = factorial(1400)
    print(digit_sum(f) if len(str(f)) < 4000 else -1)
    q, r = divmod(f, 3 ** 1000 + 7)
    print(q % 1000000007, r % 1000000007)
    p = pi_digits(3900)
    s = str(p)
    print(s[:20], s[-20:], len(s))
    print(modpow_checks(5000))
    fb = fib_big(18000)
    print(fb % 10 ** 12, len(str(fb)))
    print(chunk_sum(factorial(24000), 10 ** 9))
    print(chunk_sum(3 ** 90000 + 1, 10 ** 4))
    x = 7 ** 3000
    y = x * x - (x // 12345) + (x % 999999937)
    print(y % 1000000007, y.bit_length(), -y // 7 % 1000, (-y) % 1013)
    h = 0
    for i in range(20000):
        h ^= (2 ** (i % 200) * 3 ** (i % 150)) % 1000000009
    print(h)


main()
