# Recursive calls: fib, ackermann, tak, and a recursive tree sum.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def tak(x, y, z):
    if y < x:
        return tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
    return z


def build(depth):
    if depth == 0:
        return None
    return (build(depth - 1), depth, build(depth - 1))


def tree_sum(t):
    if t is None:
        return 0
    return tree_sum(t[0]) + t[1] + tree_sum(t[2])


def main():
    a = fib(30)
    b = 0
    for i in range(40):
        b += ack(2, 100 + i)
    c = 0
    for i in range(6):
        c += ack(3, i)
    d = tak(24, 16, 8)
    e = tree_sum(build(19))
    print(a, b, c, d, e)


main()
