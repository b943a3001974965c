# _io.FileIO: modes, reads and writes, positions, errors, repr.
import _io
import posix

NAME = "_io_fileio_tmp.bin"

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    f = _io.FileIO(NAME, "w")
    print(type(f).__name__, f.name, f.mode, f.closefd, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write(b"hello world\n"), f.write(bytearray(b"line two\n")), f.tell())
    show("read on w", lambda: f.read())
    show("write str", lambda: f.write("text"))
    print(repr(f) == "<_io.FileIO name='%s' mode='wb' closefd=True>" % NAME)
    print(f.isatty(), f.fileno() > 2)
    f.close()
    print(f.closed, repr(f))
    show("closed write", lambda: f.write(b"x"))
    show("closed fileno", lambda: f.fileno())
    show("closed tell", lambda: f.tell())
    f.close()

    f = _io.FileIO(NAME)
    print(f.mode, f.read(5), f.read(1), f.tell())
    print(f.readall())
    print(f.read(), f.read(10))
    print(f.seek(0), f.read(), f.seek(-4, 2), f.read(), f.seek(2), f.seek(3, 1), f.read(3))
    b = bytearray(4)
    print(f.seek(0), f.readinto(b), b)
    show("readinto bytes", lambda: f.readinto(b"abcd"))
    show("write on r", lambda: f.write(b"x"))
    show("truncate on r", lambda: f.truncate())
    show("seek bad whence", lambda: f.seek(0, 7))
    show("seek float", lambda: f.seek(1.5))
    show("read str", lambda: f.read("3"))
    print(f.read(None) == b"", f.read(-1))
    f.close()

    with _io.FileIO(NAME, "r+") as f:
        print(f.mode, f.read(5), f.write(b"!!"), f.tell())
        print(f.truncate(), f.tell(), f.seek(0), f.readall())
        print(f.truncate(3), f.seek(0, 2))
    print(f.closed)

    with _io.FileIO(NAME, "a") as f:
        print(f.mode, f.tell(), f.write(b"+app"), f.tell())
    with _io.FileIO(NAME, "rb") as f:
        print(f.readall())
    with _io.FileIO(NAME, "ab+") as f:
        print(f.mode, f.tell(), f.seek(0), f.read())

    show("exclusive", lambda: _io.FileIO(NAME, "x"))
    show("missing", lambda: _io.FileIO("no_such_file_here.bin"))
    show("missing bytes name", lambda: _io.FileIO(b"no_such_file_here.bin"))
    show("directory", lambda: _io.FileIO("."))
    show("directory w", lambda: _io.FileIO(".", "w"))
    show("bad mode", lambda: _io.FileIO(NAME, "rw"))
    show("bad mode2", lambda: _io.FileIO(NAME, "q"))
    show("bad mode3", lambda: _io.FileIO(NAME, "r++"))
    show("bad mode4", lambda: _io.FileIO(NAME, "b"))
    show("mode type", lambda: _io.FileIO(NAME, 3))
    show("negative fd", lambda: _io.FileIO(-3))
    show("closefd name", lambda: _io.FileIO(NAME, closefd=False))
    show("float name", lambda: _io.FileIO(1.5))
    show("none name", lambda: _io.FileIO(None))
    show("no args", lambda: _io.FileIO())
    show("kw", lambda: _io.FileIO(file=NAME, bogus=1))

    class P:
        def __fspath__(self):
            return NAME
    with _io.FileIO(P()) as f:
        print(type(f.name).__name__, f.read(3))

    seen = []
    def opener(path, flags):
        seen.append((path, flags & 3))
        return posix.open(path, flags)
    with _io.FileIO(NAME, "r", opener=opener) as f:
        print(seen, f.read(2))
    show("opener bad", lambda: _io.FileIO(NAME, opener=lambda p, fl: "x"))
    show("opener neg", lambda: _io.FileIO(NAME, opener=lambda p, fl: -1))

    fd = posix.open(NAME, posix.O_RDONLY)
    g = _io.FileIO(fd, closefd=False)
    print(g.name == fd, g.closefd, repr(g) == "<_io.FileIO name=%d mode='rb' closefd=False>" % fd)
    g.close()
    print(posix.read(fd, 3))
    h = _io.FileIO(fd)
    print(h.read(2))
    h.close()
    show("fd closed", lambda: posix.read(fd, 1))

    f = _io.FileIO(NAME, "w")
    print(f._blksize > 0, f._finalizing)
    f._blksize = 4096
    print(f._blksize)
    del f
    print(_io.FileIO.__mro__)
finally:
    posix.unlink(NAME)
