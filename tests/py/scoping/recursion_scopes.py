# Recursive functions and names: rebinding the global name, mutual recursion, inner recursive closures.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
orig = fact
fact = lambda n: "replaced"
print(orig(5))
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def outer(n):
    def walk(k):
        if k == 0:
            return [0]
        return [k] + walk(k - 1)
    return walk(n)
print(outer(5))
def make_counter_recursive():
    depth = 0
    def rec(n):
        nonlocal depth
        depth = max(depth, n)
        if n < 5:
            rec(n + 1)
    rec(0)
    return depth
print(make_counter_recursive())
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(hanoi(3), len(hanoi(10)))
import sys
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(900))
