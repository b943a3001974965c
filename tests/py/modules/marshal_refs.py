# Object identity through marshal: FLAG_REF and TYPE_REF, by version.
import marshal

a = [1, 2]
t = ("x" * int("3"), 5000 * int("1"))  # built at run time: not shared with constants
for version in range(5):
    print(version, marshal.dumps([a, a], version).hex())
    print(version, marshal.dumps((t, t, [t]), version).hex())
    back = marshal.loads(marshal.dumps([a, a], version))
    print(back, back[0] is back[1])

d = {"k": a}
shared = [d, d, a]
out = marshal.loads(marshal.dumps(shared))
print(out, out[0] is out[1], out[0]["k"] is out[2])

f = 2.5 * 3
print(marshal.dumps([f, f, f]).hex())
s = "".join(["sp", "am"])
print(marshal.dumps((s, s)).hex())
fs = frozenset({1, 2})
print(marshal.dumps([fs, fs]).hex())
x = marshal.loads(marshal.dumps([fs, fs]))
print(x[0] is x[1], x[0])

# Self-referencing containers are written with a reference to themselves.
r = []
r.append(r)
data = marshal.dumps(r)
print(data.hex())
back = marshal.loads(data)
print(back[0] is back)
dd = {}
dd["me"] = dd
back = marshal.loads(marshal.dumps(dd))
print(back["me"] is back)

# Hand-written streams with references.
print(marshal.loads(bytes.fromhex("db02000000e9070000007201000000")))
print(marshal.loads(b"\xa9\x02\xfa\x01a\x72\x01\x00\x00\x00"))
