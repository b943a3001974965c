# dict sizes as keys are added one at a time (int keys, str keys), and after clear()/copy().
import sys
def trace(keys):
    d = {}
    out = []
    for k in keys:
        d[k] = None
        out.append(sys.getsizeof(d))
    return out, d
s1, d1 = trace(range(90))
print(s1)
s2, d2 = trace([f"key{i}" for i in range(45)])
print(s2)
print(sys.getsizeof(d1.copy()), sys.getsizeof(dict(d1)), sys.getsizeof({**d1}))
d1.clear()
print(sys.getsizeof(d1), sys.getsizeof({}), sys.getsizeof(dict()))
print([sys.getsizeof(dict.fromkeys(range(n))) for n in [0, 1, 5, 6, 10, 11, 21, 22, 43, 44]])
print([sys.getsizeof({i: i for i in range(n)}) for n in [0, 1, 5, 6, 10, 11, 21, 22, 43, 44]])
print(sys.getsizeof({"a": 1, "b": 2}), sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({1: 1, 2: 2}))
