# Changing a dict while iterating over it, and what is allowed (value updates).
d = {i: i for i in range(5)}
for k in d:
    d[k] = k * 10
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 100] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(len(d))
d = {1: 1, 2: 2}
try:
    for item in d.items():
        d.pop(2, None)
        d[3] = 3
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
d = {"a": 1}
it = iter(d)
d["b"] = 2
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError", e)
d = {"a": 1, "b": 2}
it = iter(d)
print(next(it))
del d["b"]
try:
    next(it)
except (RuntimeError, StopIteration) as e:
    print(type(e).__name__, e)
d = {i: None for i in range(3)}
for k in list(d):
    del d[k]
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
it = iter({1: 2, 3: 4}.items())
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
