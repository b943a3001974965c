# COMPARE_OP_{INT,FLOAT,STR}_JUMP and STORE_SUBSCR_{LIST_INT,DICT}: the adaptive forms
# and the results, then the same code fed other types (the specialized forms deoptimize).
import dis


def compare(a, b, s, t):
    n = 0
    for i in range(4):
        if a < b:
            n += 1
        if a >= b:
            n += 100
        if s == t:
            n += 10
        if s != t:
            n += 1000
        while a > b:
            a -= 1
    return n


def store(lst, d, k):
    for i in range(3):
        lst[i] = i * 2
        d[k] = i
    return lst, d


for _ in range(10):
    r1 = compare(1, 2, "x", "x")
    r2 = compare(2.5, 1.5, "x", "y")
    r3 = store([0, 0, 0], {}, "k")
print(r1, r2, r3)
dis.dis(compare, adaptive=True)
dis.dis(store, adaptive=True)
# Other types reach the specialized instructions: results must stay right.
print(compare(10**20, 10**21, b"x", b"x"))
print(compare(float("nan"), 1.0, 1, 2))
print(compare(True, False, (1,), (1,)))
print(compare(3, 2.5, "a", "a"))
print(compare(-(2**30), 2**30, "é", "é"))


class L(list):
    pass


print(store(L([5, 5, 5]), {}, ("t",)))
try:
    store([1], {}, "k")
except IndexError as e:
    print("IndexError", e)
try:
    store([1, 2, 3], {}, [])
except TypeError as e:
    print("TypeError", e)
