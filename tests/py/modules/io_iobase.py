# _IOBase / _RawIOBase / _BufferedIOBase / _TextIOBase as base classes
import _io

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Raw(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

r = Raw(b"one\ntwo\nthree")
print(r.read(2), r.read(), r.read(), r.closed)
r = Raw(b"one\ntwo\nthree")
print(r.readline(), r.readline(2), list(r))
r = Raw(b"one\ntwo\nthree")
print(r.readlines(), r.readall())
r = Raw(b"a\nb\nc\n")
print(r.readlines(1))
with Raw(b"ctx") as r2:
    print(r2.read(), r2.closed)
print(r2.closed)
show("read closed", lambda: r2.read(1))
show("readline closed", lambda: r2.readline())
show("iter closed", lambda: iter(r2))
show("enter closed", lambda: r2.__enter__())
show("flush closed", lambda: r2.flush())
r2.close()

base = _io._IOBase()
print(base.closed, base.readable(), base.writable(), base.seekable(), base.isatty(), base.flush())
for name in ["seek", "tell", "truncate", "fileno"]:
    show(name, lambda: getattr(base, name)(0) if name in ("seek", "truncate") else getattr(base, name)())
show("checkReadable", base._checkReadable)
show("checkWritable", base._checkWritable)
show("checkSeekable", base._checkSeekable)
print(base._checkClosed())
base.close()
print(base.closed, base.__dict__)
show("checkClosed", base._checkClosed)
show("isatty closed", base.isatty)

class W(_io._RawIOBase):
    def __init__(self):
        self.got = []
    def writable(self):
        return True
    def write(self, b):
        self.got.append(bytes(b))
        return len(b)
    def close(self):
        print("closing W", self.got)
        super().close()
w = W()
print(w._checkWritable(), w.writelines([b"x", b"y"]))
buf = _io.BufferedWriter(w, 4)
buf.write(b"abcdef")
buf.write(b"g")
buf.close()
print(w.closed)

class Dropped(_io._IOBase):
    def close(self):
        print("close called on drop")
        super().close()
d = Dropped()
del d

class NotImpl(_io._RawIOBase):
    pass
show("raw readinto", lambda: NotImpl().read(1))
show("raw write", lambda: NotImpl().write(b"x"))
show("buffered read", lambda: _io._BufferedIOBase().read())
show("buffered read1", lambda: _io._BufferedIOBase().read1())
show("buffered write", lambda: _io._BufferedIOBase().write(b""))
show("buffered detach", lambda: _io._BufferedIOBase().detach())
show("text read", lambda: _io._TextIOBase().read())
show("text write", lambda: _io._TextIOBase().write(""))
show("text detach", lambda: _io._TextIOBase().detach())
print(_io._TextIOBase().encoding, _io._TextIOBase().newlines, _io._TextIOBase().errors)

class B(_io._BufferedIOBase):
    def read(self, n=-1):
        return b"xyz"[:n]
ba = bytearray(2)
print(B().readinto(ba), ba)
class B2(_io._BufferedIOBase):
    def read(self, n=-1):
        return b"too much data"
show("readinto too much", lambda: B2().readinto(bytearray(2)))

class Peek(_io._IOBase):
    def __init__(self):
        self.data = b"peek line\nnext"
    def peek(self, n):
        return self.data[:5]
    def read(self, n):
        r, self.data = self.data[:n], self.data[n:]
        return r
print(Peek().readline())
print(_io._IOBase.__mro__, _io._RawIOBase.__mro__, _io._TextIOBase.__mro__)
e = _io.UnsupportedOperation("msg")
print(repr(e), isinstance(e, OSError), isinstance(e, ValueError))
