import io

b = io.BytesIO(b"hello world")
m = b.getbuffer()
print(type(m).__name__, m.nbytes, m.readonly, bytes(m), m.format, m.itemsize)
print(type(m.obj).__name__, repr(bytes(m.obj)))
m[0:5] = b"HELLO"
print(b.getvalue())
for op, call in [("write", lambda: b.write(b"x")), ("truncate", lambda: b.truncate(3)),
                 ("close", lambda: b.close()), ("setstate", lambda: b.__setstate__((b"a", 0, None))),
                 ("init", lambda: b.__init__(b"zz"))]:
    try:
        call()
        print(op, "ok")
    except BufferError as e:
        print(op, type(e).__name__, e)
print(b.read(5), b.tell(), b.seek(0), b.getvalue())
s = m[6:]
print(bytes(s))
m.release()
try:
    b.write(b"x")
except BufferError as e:
    print("still", e)
s.release()
print(b.write(b"x"), b.getvalue())
with b.getbuffer() as v:
    print(len(v), v[0])
    try:
        b.truncate(0)
    except BufferError as e:
        print("with:", e)
print(b.truncate(2), b.getvalue())
# the view dies with its last reference
v = b.getbuffer()
del v
print(b.write(b"!!"), b.getvalue())
# two views
v1 = b.getbuffer(); v2 = b.getbuffer()
v1.release()
try:
    b.write(b"y")
except BufferError as e:
    print("one left:", e)
v2.release()
print(b.write(b"y"), b.getvalue())
# empty and closed
e = io.BytesIO()
with e.getbuffer() as v:
    print(len(v), bytes(v))
e.close()
try:
    e.getbuffer()
except ValueError as ex:
    print(type(ex).__name__, ex)
# memoryview made from the view
b2 = io.BytesIO(b"abc")
v = b2.getbuffer()
w = memoryview(v)
v.release()
try:
    b2.write(b"q")
except BufferError as ex:
    print("derived:", ex)
w.release()
print(b2.write(b"q"), b2.getvalue())
# a bytearray stays locked while a slice of a released view is alive
ba = bytearray(b"abc")
mv = memoryview(ba)
sl = mv[1:]
mv.release()
try:
    ba.append(1)
except BufferError as ex:
    print("bytearray:", ex)
sl.release()
ba.append(100)
print(ba)
