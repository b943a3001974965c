# Deleting from a dict does not shrink it; inserting after many deletions triggers a resize/compaction.
import sys
d = {i: i for i in range(100)}
print(sys.getsizeof(d))
for i in range(95):
    del d[i]
print(len(d), sys.getsizeof(d), list(d))
sizes = []
for i in range(200, 260):
    d[i] = i
    sizes.append(sys.getsizeof(d))
print(sizes)
print(list(d)[:8])
e = dict.fromkeys("abcdefgh")
for k in "abcdef":
    del e[k]
print(sys.getsizeof(e), e)
e.update(dict.fromkeys("ijklmn"))
print(sys.getsizeof(e), list(e))
f = {i: None for i in range(5)}
for step in range(20):
    del f[step]
    f[step + 5] = None
print(sys.getsizeof(f), list(f))
g = {}
g[1] = 1
del g[1]
print(sys.getsizeof(g), g)
g.clear()
print(sys.getsizeof(g))
