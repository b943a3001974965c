# __reduce__ of bound methods, builtin methods, descriptors and slot wrappers, and pickling
# them with the pure-Python pickler at every protocol.
import pickle, io

class A:
    def f(self): return "f"
    @classmethod
    def c(cls): return "c"
    @staticmethod
    def s(): return "s"

def show(r):
    fn, args = r
    return (fn.__name__, tuple(a if isinstance(a, str) else type(a).__name__ if not isinstance(a, type) else a.__name__ for a in args))

objs = [A().f, A.c, [].append, list.append, list.__add__, [].__add__, str.maketrans,
        dict.fromkeys, object.__reduce_ex__, int.real, type.__dict__["__name__"], (1).__add__,
        A.__dict__["__dict__"], complex.real]
for o in objs:
    try:
        print(type(o).__name__, show(o.__reduce__()), show(o.__reduce_ex__(2)))
    except Exception as e:
        print(type(o).__name__, "ERR", type(e).__name__, e)

def roundtrip(o, proto):
    f = io.BytesIO()
    pickle._Pickler(f, proto).dump(o)
    return pickle._Unpickler(io.BytesIO(f.getvalue())).load()

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    out = []
    for o in [A().f, A.c, list.append, list.__add__, (5).__add__, str.maketrans, [1].__len__]:
        r = roundtrip(o, proto)
        out.append(type(r).__name__)
    print(proto, out, roundtrip(A().f, proto)(), roundtrip((5).__add__, proto)(1), roundtrip(str.maketrans, proto)("a", "b"))
print(str.maketrans.__self__ is str, type(str.__dict__["maketrans"]).__name__)
# the module name is one shared object, so the pickler memoizes it
print(abs.__module__ is iter.__module__, len(pickle._dumps((abs, iter), 4)), len(pickle._dumps(map(abs, [1]), 4)))
# BytesIO state survives a pickle round trip, and getbuffer views block its pickling setstate
b = io.BytesIO(b"abcdef"); b.seek(2)
c = roundtrip(b, 2)
print(c.getvalue(), c.tell())
m = c.getbuffer()
try:
    c.__setstate__((b"x", 0, None))
except BufferError as e:
    print("BufferError", e)
m.release()
c.__setstate__((b"x", 0, None)); print(c.getvalue())
# a classmethod descriptor and a staticmethod object cannot be pickled (no __reduce__, and
# object's reduce refuses their native state)
for d in (dict.__dict__["fromkeys"], bytearray.__dict__["maketrans"]):
    for proto in (0, 2, 4):
        try:
            pickle._dumps(d, proto)
        except TypeError as e:
            print(proto, "TypeError", e)
print(hasattr(type(dict.__dict__["fromkeys"]), "__reduce__"), "__reduce__" in type(dict.__dict__["fromkeys"]).__dict__)
