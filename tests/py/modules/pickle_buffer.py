# pickle.PickleBuffer (protocol 5): the wrapper itself, in-band and out-of-band pickling with
# the native and the pure-Python picklers, and the errors.
import pickle, io
from pickle import PickleBuffer

for a, k in [((), {}), ((b"x", b"y"), {}), ((), {"obj": b"x"}), ((5,), {})]:
    try:
        PickleBuffer(*a, **k)
    except TypeError as e:
        print("TypeError", e)
b = bytearray(b"abc")
pb = PickleBuffer(b)
m = memoryview(pb)
print(m.obj is b, m.readonly, bytes(pb), pb.raw().format, pb.raw().nbytes, PickleBuffer(b"xy").raw().readonly)
m.release()
try:
    b.append(1)
except BufferError as e:
    print("BufferError", e)
pb.release(); pb.release()
b.append(100); print(b)
for f in (pb.raw, lambda: memoryview(pb)):
    try:
        f()
    except ValueError as e:
        print("ValueError", e)
print(PickleBuffer.__module__, PickleBuffer.__name__, PickleBuffer.__doc__)

def py_dumps(o, proto, **kw):
    f = io.BytesIO()
    pickle._Pickler(f, proto, **kw).dump(o)
    return f.getvalue()

for name, dumps, loads in [("c", pickle.dumps, pickle.loads), ("py", py_dumps, pickle._loads)]:
    for data in (b"hello", bytearray(b"world")):
        pb = PickleBuffer(data)
        s = dumps(pb, 5)
        r = loads(s)
        print(name, type(r).__name__, r, len(s))
        bufs = []
        s = dumps(pb, 5, buffer_callback=bufs.append)
        r = loads(s, buffers=bufs)
        print(name, "oob", type(r).__name__, bytes(r), len(s), len(bufs), r is pb)
        s = dumps(pb, 5, buffer_callback=lambda b: True)
        print(name, "cb true", type(loads(s)).__name__)
        try:
            loads(dumps(pb, 5, buffer_callback=lambda b: False))
        except pickle.UnpicklingError as e:
            print(name, "UnpicklingError", e)
        for proto in (0, 4):
            try:
                dumps(pb, proto)
            except pickle.PicklingError as e:
                print(name, proto, "PicklingError", e)
        try:
            dumps(pb, 4, buffer_callback=bufs.append)
        except ValueError as e:
            print(name, "ValueError", e)
