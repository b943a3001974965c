# marshal.dump and marshal.load on files: several objects in a row, the file left after each.
import io
import marshal
import os
import tempfile

values = [1, "abc", b"def", 1.0, (2, "a", ["b", b"c"]), {"k": {1, 2}}, None, 2 ** 100]
fd, path = tempfile.mkstemp()
os.close(fd)
try:
    with open(path, "wb") as f:
        for v in values:
            marshal.dump(v, f)
            f.write(b"--")
    with open(path, "rb") as f:
        for v in values:
            got = marshal.load(f)
            print(got == v, repr(got)[:40], f.tell(), f.read(2))
        try:
            marshal.load(f)
        except EOFError as e:
            print("EOFError", e)
    with open(path, "rb") as f:
        print(marshal.loads(f.read()))
finally:
    os.unlink(path)

buf = io.BytesIO()
for v in values:
    marshal.dump(v, buf, 2)
print(buf.getvalue().hex())
buf.seek(0)
print([marshal.load(buf) for _ in values])
print(buf.tell() == len(buf.getvalue()))


class BadReader(io.BytesIO):
    def readinto(self, b):
        n = super().readinto(b)
        if n is not None and n > 4:
            n += 10 ** 6
        return n


for value in (1.0, 1j, b"0123456789", "0123456789", 7):
    try:
        print(marshal.load(BadReader(marshal.dumps(value))))
    except ValueError as e:
        print("ValueError", e)


class TextRead:
    def read(self, n=-1):
        return "text"


for bad in (TextRead(), 5, io.StringIO("x")):
    try:
        marshal.load(bad)
    except Exception as e:
        print(type(e).__name__, e)

# A truncated file.
try:
    marshal.load(io.BytesIO(marshal.dumps("hello world")[:-3]))
except EOFError as e:
    print("EOFError", e)
try:
    marshal.load(io.BytesIO(b""))
except EOFError as e:
    print("EOFError", e)
