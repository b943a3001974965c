# The native _pickle module: byte-identical output to pickle.py, round trips, errors
import pickle, _pickle, io, collections, copyreg
print(pickle.Pickler is _pickle.Pickler, pickle.PickleError is _pickle.PickleError)
print(_pickle.Pickler.__text_signature__, _pickle.Pickler.dump.__text_signature__)
class A:
    def __init__(self): self.x = 1; self.y = [1, 2]
    def __eq__(self, o): return type(o) is A and o.__dict__ == self.__dict__
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = "x"
    def __eq__(self, o): return type(o) is S and (o.a, o.b) == (self.a, self.b)
data = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, 2**31 - 1, -2**31, 2**31, 2**100, -2**100, 1.5, -0.0,
        "", "abc", "\u20ac\U0001f600", "a\nb\\c\r\x1a\0", "\ud800", b"", b"abc", bytearray(b"xy"), (), (1,), (1, 2),
        (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {}, {"a": 1, 2: [3]}, set(), {1, 2}, frozenset(), frozenset({3}),
        A(), S(), len, collections.OrderedDict(a=1), collections.deque([1, 2]), int, type(None), ..., NotImplemented,
        range(3), 3 + 4j, [1] * 1002, copyreg.__newobj__]
for proto in range(6):
    bad = 0
    for d in data:
        try:
            s = pickle.dumps(d, proto)
        except Exception as e:
            try: pickle._dumps(d, proto)
            except Exception as e2: print(proto, type(d).__name__, type(e).__name__, type(e2).__name__, str(e) == str(e2))
            continue
        if s != pickle._dumps(d, proto) or pickle.loads(s) != d:
            bad += 1
            print("mismatch", proto, repr(d)[:40])
    print("protocol", proto, "checked", len(data), "bad", bad)
l = [1]; l.append(l)
t = ([],); t[0].append(t)
for proto in range(6):
    b = pickle.loads(pickle.dumps(l, proto)); c = pickle.loads(pickle.dumps(t, proto))
    print(proto, b[1] is b, c[0][0] is c, pickle.dumps(t, proto) == pickle._dumps(t, proto))
f = io.BytesIO(); pickle.dump({1: 2}, f, 5); pickle.dump([3], f); f.seek(0)
print(pickle.load(f), pickle.load(f))
for bad in [b"", b"N", b"\x80\x04X", b"(.", b"\x80\x09N.", b"Jab", b"z"]:
    try: pickle.loads(bad)
    except Exception as e: print(type(e).__name__, e)
try: pickle.dumps(lambda: 1)
except Exception as e: print(type(e).__name__, str(e).split(" at ")[0])
try: pickle.dumps(1, protocol=6)
except Exception as e: print(type(e).__name__, e)
print(pickle.loads(b"(lp0\nI1\naI2\na."), pickle.loads(b"S'abc'\np0\n."), pickle.loads(b"S'abc'\n.", encoding="bytes"))
class P(pickle.Pickler):
    def persistent_id(self, obj): return "pid" if obj == "secret" else None
class U(pickle.Unpickler):
    def persistent_load(self, pid): return "loaded " + pid
f = io.BytesIO(); P(f, 2).dump(["a", "secret"]); f.seek(0)
print(f.getvalue(), U(f).load())
f = io.BytesIO(); p = pickle.Pickler(f, 2); p.dispatch_table = {A: lambda a: (int, (7,))}; p.dump([A()])
print(pickle.loads(f.getvalue()))
p = pickle.Pickler(io.BytesIO()); p.dump([1, "x"]); print(sorted(v[0] for v in p.memo.copy().values()))
try: pickle.Pickler.__new__(pickle.Pickler).dump(1)
except Exception as e: print(type(e).__name__, e)
try: pickle.Pickler(1)
except Exception as e: print(type(e).__name__, e)
big = ["x" * 66000, b"y" * 66000, list(range(300))]
for proto in (4,):
    f = io.BytesIO(); pickle.Pickler(f, proto).dump(big)
    print(proto, f.getvalue() == pickle.dumps(big, proto), pickle.loads(f.getvalue()) == big)
