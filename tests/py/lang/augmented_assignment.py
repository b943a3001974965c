# Augmented assignment on various targets
x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x /= 8; print(x)
x //= 2; print(x)
x **= 3; print(x)
x %= 5; print(x)
n = 0b1111
n &= 0b1010; print(n)
n |= 0b0101; print(n)
n ^= 0b0011; print(n)
n <<= 2; print(n)
n >>= 3; print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
d = {"count": 0}
d["count"] += 5
d["count"] *= 2
print(d)
class O:
    v = 1
o = O()
o.v += 10
print(o.v, O.v)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] += 7
print(grid)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [10]
arr[idx()] += 1
print(arr, calls)
fs = frozenset({1})
fs_alias = fs
fs |= {2}
print(sorted(fs), sorted(fs_alias))
st = {1}
st_alias = st
st |= {2}
st -= {1}
print(st, st_alias is st)
b = b"x"
b += b"y"
ba = bytearray(b"q")
ba += b"r"
print(b, ba)
tl = ([1],)
try:
    tl[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tl)
