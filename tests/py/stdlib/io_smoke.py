import io, os, tempfile
s = io.StringIO("line1\nline2\n"); print(s.readline(), s.read(), s.tell())
s.write("more"); print(repr(s.getvalue()))
b = io.BytesIO(); b.write(b"abc"); b.seek(0); print(b.read(2), b.getvalue(), b.tell())
w = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"); w.write("héllo"); w.flush(); print(w.buffer.getvalue())
d = tempfile.mkdtemp(); path = os.path.join(d, "f.txt")
with open(path, "w", encoding="utf-8") as f:
    f.write("alpha\nbeta\n")
with open(path, encoding="utf-8") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read(), f.seekable(), f.readable())
with open(path, "a") as f:
    f.write("gamma")
print(open(path).read().splitlines(), os.path.getsize(path))
r = io.BufferedReader(io.BytesIO(b"xyz")); print(r.peek(1)[:1], r.read())
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    s.close(); s.read()
except ValueError as e:
    print("ValueError", e)
print(io.SEEK_END, io.DEFAULT_BUFFER_SIZE, issubclass(io.FileIO, io.RawIOBase))
