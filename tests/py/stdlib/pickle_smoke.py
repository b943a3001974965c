import pickle, io
data = {"a": [1, 2.5, "s", b"b", None, True], "t": (1, 2), "s": {1, 2}, "f": frozenset([3]), "n": 2 ** 100, "c": 1 + 2j}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(data, protocol=proto)
    print(proto, pickle.loads(s) == data)
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
p = pickle.loads(pickle.dumps(Pt(1, [2]))); print(type(p).__name__, p.x, p.y)
l = [1]; l.append(l); l2 = pickle.loads(pickle.dumps(l)); print(l2[1] is l2)
print(pickle.dumps(1, protocol=2), pickle.dumps("ab", protocol=0), pickle.dumps([1, 2], protocol=4))
buf = io.BytesIO(); pickle.dump({"k": 1}, buf); buf.seek(0); print(pickle.load(buf))
class St:
    def __getstate__(self): return {"v": 5}
    def __setstate__(self, s): self.v = s["v"] * 2
print(pickle.loads(pickle.dumps(St())).v)
try:
    pickle.dumps(lambda: 0)
except (pickle.PicklingError, AttributeError) as e:
    print(type(e).__name__)
try:
    pickle.loads(b"garbage")
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
