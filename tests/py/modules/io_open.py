# open(): the layers it stacks, its modes and its errors
import _io
import posix

NAME = "_io_open_tmp.txt"

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    print(open is not None, _io.open.__name__)
    with open(NAME, "w", encoding="utf-8") as f:
        print(type(f).__name__, type(f.buffer).__name__, type(f.buffer.raw).__name__)
        print(f.name, f.mode, f.buffer.mode, f.buffer.raw.mode, f.encoding, f.errors, f.line_buffering)
        print(repr(f) == "<_io.TextIOWrapper name='%s' mode='w' encoding='utf-8'>" % NAME)
        print(f.write("first line\n"), f.writelines(["second\n", "third ü\n"]))
    print(f.closed, f.buffer.closed, f.buffer.raw.closed)
    show("closed write", lambda: f.write("x"))
    with open(NAME, encoding="utf-8") as f:
        print(f.mode, f.read())
    with open(NAME, encoding="utf-8") as f:
        print([line for line in f])
    with open(NAME, encoding="utf-8") as f:
        print(f.readlines(), f.readline(), f.read())
    with open(NAME, "a", encoding="utf-8") as f:
        print(f.tell(), f.write("appended\n"))
    with open(NAME, "rb") as f:
        print(type(f).__name__, f.read())
    with open(NAME, "r+b") as f:
        print(type(f).__name__, f.read(5), f.write(b"#"), f.seek(0), f.read(7))
    with open(NAME, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(5))
    with open(NAME, "wt", encoding="latin-1", newline="\r\n") as f:
        f.write("crlf\nline é\n")
    with open(NAME, "rb") as f:
        print(f.read())
    with open(NAME, newline="", encoding="latin-1") as f:
        print(f.readlines())
    with open(NAME, "w+", encoding="ascii") as f:
        f.write("rw text")
        f.seek(0)
        print(f.read(), type(f.buffer).__name__)
    with open(NAME, "wb", buffering=5) as f:
        f.write(b"small buffer")
    print(open(NAME, "rb").read())
    f = open(NAME, "rb")
    fd = f.fileno()
    with open(fd, "rb", closefd=False) as g:
        print(g.name == fd, g.read(5))
    print(f.read(3))
    f.close()

    class P:
        def __fspath__(self):
            return NAME
    with open(P(), "rb") as f:
        print(f.name == NAME, f.read(5))

    show("x exists", lambda: open(NAME, "x"))
    show("missing", lambda: open("no_such_dir/file.txt"))
    show("missing rb", lambda: open("no_such_file.txt", "rb"))
    show("dir", lambda: open("."))
    show("mode", lambda: open(NAME, "rw"))
    show("mode dup", lambda: open(NAME, "rr"))
    show("mode z", lambda: open(NAME, "z"))
    show("text binary", lambda: open(NAME, "rtb"))
    show("no rwxa", lambda: open(NAME, "t"))
    show("plus only", lambda: open(NAME, "+"))
    show("binary encoding", lambda: open(NAME, "rb", encoding="utf-8"))
    show("binary errors", lambda: open(NAME, "rb", errors="strict"))
    show("binary newline", lambda: open(NAME, "rb", newline=""))
    show("unbuffered text", lambda: open(NAME, "r", buffering=0))
    show("bad buffering", lambda: open(NAME, "rb", buffering=-5))
    show("bad newline", lambda: open(NAME, "r", newline="x"))
    show("bad encoding", lambda: open(NAME, "r", encoding="bogus-codec"))
    show("invalid file", lambda: open(1.5))
    show("invalid file2", lambda: open([]))
    show("mode type", lambda: open(NAME, 5))
    show("encoding type", lambda: open(NAME, encoding=5))
    show("kw", lambda: open(NAME, bogus=1))
    show("no args", lambda: open())
    show("fspath bad", lambda: open(type("Q", (), {"__fspath__": lambda self: 3})()))
    show("closefd name", lambda: open(NAME, closefd=False))
    print(_io.text_encoding("x"), _io.text_encoding(None) in ("locale", "utf-8"))
    show("text_encoding args", lambda: _io.text_encoding())
    with _io.open_code(NAME) as f:
        print(type(f).__name__, f.read(3))
    show("open_code bytes", lambda: _io.open_code(b"x"))
    print(_io.DEFAULT_BUFFER_SIZE, _io.UnsupportedOperation.__mro__, _io.BlockingIOError is BlockingIOError)
    print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
    print(sorted(n for n in dir(_io) if not n.startswith("__")))
finally:
    posix.unlink(NAME)
