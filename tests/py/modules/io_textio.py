# TextIOWrapper and IncrementalNewlineDecoder
import _io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

b = _io.BytesIO()
t = _io.TextIOWrapper(b, encoding="utf-8")
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer is b, t.newlines, t._CHUNK_SIZE)
print(t.write("héllo\n"), t.write("€uro 😀"), b.getvalue())
t.flush()
print(b.getvalue())
print(t.seek(0), repr(t.read()), t.tell())
print(t.seek(0), repr(t.readline()), t.tell(), repr(t.read(3)), t.tell())
c = t.tell()
print(repr(t.read(2)), t.seek(c), repr(t.read(2)))
print(t.seek(0), list(t))
show("tell after iteration", lambda: t.tell())
print(t.seek(0, 2), t.write("!"), t.seek(0), repr(t.read()))
show("seek cur nonzero", lambda: t.seek(1, 1))
show("seek end nonzero", lambda: t.seek(1, 2))
show("seek negative", lambda: t.seek(-1))
show("seek whence", lambda: t.seek(0, 4))
show("write bytes", lambda: t.write(b"x"))
show("reconfigure after read", lambda: t.reconfigure(encoding="ascii"))
t.reconfigure(line_buffering=True)
print(t.line_buffering)
show("fileno", lambda: t.fileno())
print(t.readable(), t.writable(), t.seekable(), t.isatty(), t.closed)
t.close()
print(t.closed, b.closed)
show("write closed", lambda: t.write("x"))
show("read closed", lambda: t.read())

for enc in ["latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "UTF8", "cp1252"]:
    b = _io.BytesIO()
    try:
        t = _io.TextIOWrapper(b, encoding=enc)
    except LookupError as e:
        print(enc, "LookupError", e)
        continue
    try:
        t.write("abc\n")
        t.write("é" if enc != "ascii" else "e")
        t.flush()
        data = b.getvalue()
        t.seek(0)
        print(enc, data, repr(t.read()), t.tell())
        t.seek(0)
        t.readline()
        pos = t.tell()
        print(repr(t.read(1)), t.seek(pos), repr(t.read()))
    except Exception as e:
        print(enc, type(e).__name__, e)

t = _io.TextIOWrapper(_io.BytesIO(), encoding="ascii")
show("encode error", lambda: t.write("é"))
t = _io.TextIOWrapper(_io.BytesIO(), encoding="ascii", errors="replace")
t.write("é-ü")
t.flush()
print(t.buffer.getvalue())
t = _io.TextIOWrapper(_io.BytesIO(b"ok \xff bad"), encoding="utf-8")
show("decode error", lambda: t.read())
t = _io.TextIOWrapper(_io.BytesIO(b"ok \xff bad"), encoding="utf-8", errors="replace")
print(repr(t.read()))
t = _io.TextIOWrapper(_io.BytesIO(b"ok \xff bad"), encoding="utf-8", errors="surrogateescape")
print(repr(t.read()))
show("bad encoding", lambda: _io.TextIOWrapper(_io.BytesIO(), encoding="no-such-codec"))
show("bad newline", lambda: _io.TextIOWrapper(_io.BytesIO(), newline="x"))
show("errors type", lambda: _io.TextIOWrapper(_io.BytesIO(), errors=1))
show("encoding type", lambda: _io.TextIOWrapper(_io.BytesIO(), encoding=1))

data = b"one\r\ntwo\rthree\nfour"
for nl in [None, "", "\n", "\r", "\r\n"]:
    t = _io.TextIOWrapper(_io.BytesIO(data), encoding="ascii", newline=nl)
    print(repr(nl), t.readlines(), t.newlines)
    w = _io.TextIOWrapper(_io.BytesIO(), encoding="ascii", newline=nl)
    w.write("a\nb\r\n")
    w.flush()
    print(repr(nl), w.buffer.getvalue())

t = _io.TextIOWrapper(_io.BytesIO(("x" * 10 + "\n") * 3000 + "é" * 5000), encoding="utf-8")
lines = 0
while t.readline().endswith("\n"):
    lines += 1
print(lines, t.tell())
t.seek(0)
print(len(t.read()))
t.seek(0)
t.read(30005)
p = t.tell()
print(repr(t.read(3)), t.seek(p), repr(t.read(3)))
t.seek(0)
print(repr(t.readline(4)), repr(t.readline(0)), t.readline(-1) == "x" * 6 + "\n")

w = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8", line_buffering=True)
w.write("partial")
print(w.buffer.getvalue())
w.write(" line\nmore")
print(w.buffer.getvalue())
w = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8", write_through=True)
w.write("through")
print(w.buffer.getvalue())
w.reconfigure(encoding="latin-1", newline="\r\n")
w.write("é\n")
print(w.buffer.getvalue(), w.encoding)
print(repr(w.detach().getvalue()))
show("after detach", lambda: w.write("x"))
show("repr detached", lambda: repr(w))

d = _io.IncrementalNewlineDecoder(None, translate=True)
print(repr(d.decode("a\r")), repr(d.decode("\nb\r")), repr(d.decode("", final=True)), d.newlines, d.getstate())
d.reset()
print(d.newlines, d.getstate())
d2 = _io.IncrementalNewlineDecoder(None, False)
print(repr(d2.decode("x\r\ny\rz\n")), d2.newlines)
show("decode bytes no decoder", lambda: d2.decode(b"x"))
show("uninit", lambda: _io.IncrementalNewlineDecoder.__new__(_io.IncrementalNewlineDecoder).decode("x"))
print(_io.TextIOWrapper.__mro__)
