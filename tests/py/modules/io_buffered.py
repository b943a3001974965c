# BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair over FileIO
import _io
import posix

NAME = "_io_buffered_tmp.bin"
NAME2 = "_io_buffered_tmp2.bin"

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    raw = _io.FileIO(NAME, "w")
    w = _io.BufferedWriter(raw, 8)
    print(repr(w) == "<_io.BufferedWriter name='%s'>" % NAME, w.raw is raw, w.name == NAME, w.mode)
    print(w.write(b"abc"), raw.tell(), w.tell())
    print(w.write(b"defgh"), raw.tell(), w.tell())
    print(w.write(b"0123456789abcdef"), raw.tell(), w.tell())
    print(w.write(bytearray(b"xy")), raw.tell(), w.flush(), raw.tell())
    print(w.writable(), w.seekable(), w.fileno() == raw.fileno(), w.isatty())
    show("read on writer", lambda: w.read())
    show("write str", lambda: w.write("s"))
    w.write(b"\nline2\nline3\nlast")
    w.close()
    print(w.closed, raw.closed)
    show("write closed", lambda: w.write(b"x"))
    show("flush closed", lambda: w.flush())
    show("tell closed", lambda: w.tell())
    show("bad size", lambda: _io.BufferedWriter(_io.FileIO(NAME, "a"), 0))

    r = _io.BufferedReader(_io.FileIO(NAME), 4)
    print(r.peek(1)[:4], r.read(2), r.read1(10), r.tell())
    print(r.readline(), r.readline(3), r.readline(), r.tell())
    print(r.read(), r.read(), r.peek(), r.read1(3))
    print(r.seek(3), r.read(4), r.seek(-2, 1), r.read(3), r.seek(-3, 2), r.read())
    ba = bytearray(5)
    print(r.seek(0), r.readinto(ba), ba, r.readinto1(ba), ba, r.tell())
    print(r.seek(0), list(r))
    print(r.seek(0), r.readlines(10))
    show("read -2", lambda: r.read(-2))
    show("read str", lambda: r.read("1"))
    show("seek whence", lambda: r.seek(0, 9))
    show("write on reader", lambda: r.write(b"x"))
    show("truncate reader", lambda: r.truncate())
    raw2 = r.detach()
    print(type(raw2).__name__, raw2.closed)
    show("after detach", lambda: r.read())
    show("detach repr", lambda: repr(r))
    show("detach closed", lambda: r.closed)
    raw2.close()
    show("reader on writer", lambda: _io.BufferedReader(_io.FileIO(NAME, "a")))

    f = _io.BufferedRandom(_io.FileIO(NAME, "r+"), 8)
    print(f.read(3), f.write(b"XYZ"), f.tell(), f.read(4), f.tell())
    print(f.seek(0), f.read(10), f.seek(1), f.write(b"#"), f.seek(0), f.read(4))
    print(f.truncate(6), f.tell(), f.seek(0), f.read())
    print(f.seek(0, 2), f.write(b"-end"), f.seek(0), f.read(), f.peek(1), f.readable(), f.writable())
    f.close()
    show("random on unseekable", lambda: _io.BufferedRandom(_io.FileIO(NAME, "r")))

    with open(NAME2, "wb") as g:
        g.write(b"pair data\nsecond\n")
    p = _io.BufferedRWPair(_io.FileIO(NAME2), _io.FileIO(NAME, "w"), 4)
    print(p.read(4), p.peek(1)[:1], p.readline(), p.write(b"to writer"), p.readable(), p.writable(), p.closed, p.isatty())
    print(p.read1(3))
    p.flush()
    p.close()
    print(p.closed)
    show("pair kw", lambda: _io.BufferedRWPair(reader=1, writer=2))
    with open(NAME, "rb") as g:
        print(g.read())

    with _io.BufferedWriter(_io.FileIO(NAME, "w")) as g:
        g.write(b"flushed at close")
    with _io.BufferedReader(_io.FileIO(NAME)) as g:
        print(g.read(), g.raw.closed)
    print(g.closed)
    g = _io.BufferedWriter(_io.FileIO(NAME, "w"))
    g.write(b"flushed when dropped")
    del g
    with open(NAME, "rb") as g:
        print(g.read())
    print(_io.BufferedReader.__mro__)
    print(_io.BufferedRandom.__mro__)
finally:
    for n in (NAME, NAME2):
        try:
            posix.unlink(n)
        except OSError:
            pass
