# Python-to-Python calls do not use the host's stack (DESIGN D2): recursion as deep as
# the recursion limit allows works, and one level more raises RecursionError.
import sys

sys.setrecursionlimit(200000)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(depth(100000))

def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n

print(sum(gen_depth(2000)))

sys.setrecursionlimit(1000)
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
