# _io.StringIO with its newline modes
import _io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

s = _io.StringIO("héllo\nwörld\n€ and 😀\n")
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.readline(2)), s.tell())
print(s.readlines())
print(s.seek(0), list(s))
print(s.seek(0, 2), s.write("more"), repr(s.getvalue()))
print(s.seek(2), s.write("XX"), repr(s.getvalue()), s.tell())
print(s.seek(40), s.write("!"), repr(s.getvalue()), len(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(0)
print(s.truncate(), repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.line_buffering, s.newlines, s.closed)
show("write bytes", lambda: s.write(b"x"))
show("seek neg", lambda: s.seek(-1))
show("seek cur", lambda: s.seek(1, 1))
show("seek end", lambda: s.seek(1, 2))
show("seek whence", lambda: s.seek(0, 5))
show("truncate neg", lambda: s.truncate(-2))
show("bad newline", lambda: _io.StringIO("", "x"))
show("newline type", lambda: _io.StringIO("", 3))
show("init type", lambda: _io.StringIO(b"x"))

for nl in [None, "", "\n", "\r", "\r\n"]:
    t = _io.StringIO("a\nb\r\nc\rd", newline=nl)
    lines = t.readlines()
    t.write("x\ny\r\nz\r")
    print(repr(nl), lines, repr(t.getvalue()), t.newlines)

t = _io.StringIO(newline=None)
t.write("a\r")
t.write("\nb\r")
print(repr(t.getvalue()), t.newlines)
st = t.__getstate__()
print(st)
u = _io.StringIO()
u.__setstate__(("one\ntwo", "\n", 4, {"q": 1}))
print(repr(u.read()), u.q)
show("setstate", lambda: u.__setstate__(("x", None)))
show("setstate pos", lambda: u.__setstate__(("x", None, -1, None)))
u.close()
print(u.closed)
for name in ["read", "getvalue", "tell", "readline", "readable", "seekable", "writable"]:
    show(name, getattr(u, name))
show("newlines closed", lambda: u.newlines)
show("line_buffering closed", lambda: u.line_buffering)
show("write closed", lambda: u.write("x"))
u.close()
print(_io.StringIO.__mro__)
w = _io.StringIO()
for i in range(5):
    w.write("%d;" % i)
print(w.getvalue(), w.tell(), w.read(), w.seek(0), w.read(3))
print(repr(_io.StringIO("abc", newline="").read(None)))
