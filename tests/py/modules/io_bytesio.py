# _io.BytesIO
import _io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = _io.BytesIO(b"abc\ndef\nghi")
print(b.read(2), b.tell(), b.readline(), b.readline(1), b.readlines(), b.read())
print(b.seek(0), list(b), b.seek(0), b.readlines(5))
print(b.getvalue(), b.seek(5), b.write(b"XY"), b.getvalue())
print(b.seek(20), b.write(b"!"), b.getvalue(), b.tell())
print(b.truncate(5), b.getvalue(), b.tell(), b.truncate(), b.getvalue())
print(b.seek(-2, 2), b.read(), b.seek(-1, 1), b.read1(5), b.read1(), b.seek(-100, 1))
ba = bytearray(3)
b.seek(0)
print(b.readinto(ba), ba, b.readable(), b.writable(), b.seekable(), b.isatty(), b.flush())
show("readinto bytes", lambda: b.readinto(b"xx"))
show("neg seek", lambda: b.seek(-1))
show("whence", lambda: b.seek(0, 3))
show("truncate neg", lambda: b.truncate(-1))
show("write str", lambda: b.write("s"))
show("readlines str", lambda: b.readlines("x"))
show("read float", lambda: b.read(1.0))
b.writelines([b"1", bytearray(b"2")])
print(b.getvalue())
st = b.__getstate__()
print(st)
c = _io.BytesIO()
c.__setstate__((b"xyz", 1, {"k": 1}))
print(c.getvalue(), c.tell(), c.k)
show("setstate short", lambda: c.__setstate__((b"x",)))
show("setstate pos", lambda: c.__setstate__((b"x", -1, None)))
show("setstate type", lambda: c.__setstate__((b"x", "1", None)))
print(_io.BytesIO(bytearray(b"q")).getvalue(), _io.BytesIO(None).getvalue(), _io.BytesIO(initial_bytes=b"kw").read())
show("init str", lambda: _io.BytesIO("str"))
b.close()
print(b.closed)
for name in ["read", "getvalue", "tell", "readline", "readable", "flush", "isatty"]:
    show(name, getattr(b, name))
show("write closed", lambda: b.write(b""))
show("iter closed", lambda: type(iter(b)).__name__)
show("next closed", lambda: next(b))
show("seek closed", lambda: b.seek(0))
b.close()
with _io.BytesIO(b"ctx") as d:
    print(d.read())
print(d.closed)
print(_io.BytesIO.__mro__)
class Sub(_io.BytesIO):
    pass
s = Sub(b"sub")
s.attr = 5
print(s.read(), s.attr, isinstance(s, _io._BufferedIOBase))
