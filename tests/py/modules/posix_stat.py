# posix.stat / lstat / fstat and os.stat_result (a struct sequence with hidden fields).
import posix

D = "_posix_stat_tmp"


def cleanup():
    for name in ("f", "link", "dangling"):
        try:
            posix.unlink(D + "/" + name)
        except OSError:
            pass
    try:
        posix.rmdir(D)
    except OSError:
        pass


cleanup()
posix.mkdir(D)
fd = posix.open(D + "/f", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o640)
print("wrote", posix.write(fd, b"hello world"))
posix.close(fd)
posix.symlink("f", D + "/link")
posix.symlink("missing", D + "/dangling")

st = posix.stat(D + "/f")
print(type(st).__name__, type(st).__module__, len(st))
print("size", st.st_size, st[6], st.st_size == st[6])
print("mode", oct(st.st_mode & 0o7777), st.st_mode == st[0], (st.st_mode & 0o170000) == 0o100000)
print("nlink", st.st_nlink)
print("types", type(st.st_atime).__name__, type(st.st_mtime_ns).__name__, type(st[7]).__name__)
print("int times", st[7] == int(st.st_atime), st[8] == int(st.st_mtime), st[9] == int(st.st_ctime))
print("ns agree", st.st_mtime_ns // 10**9 == st[8], abs(st.st_mtime - st.st_mtime_ns / 1e9) < 1e-6)
print("extra", type(st.st_blksize).__name__, type(st.st_blocks).__name__, st.st_rdev)
print("ino/dev", st.st_ino == st[1], st.st_dev == st[2], st.st_ino > 0)
print("fields", st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print("match_args", type(st).__match_args__)
print(st[:3] == (st.st_mode, st.st_ino, st.st_dev), st[-1] == st.st_ctime_ns // 10**9)

lst = posix.lstat(D + "/link")
print("lstat link is link", (lst.st_mode & 0o170000) == 0o120000, lst.st_size)
print("stat link follows", posix.stat(D + "/link").st_size)
print("stat no-follow", (posix.stat(D + "/link", follow_symlinks=False).st_mode & 0o170000) == 0o120000)
print("dangling lstat ok", (posix.lstat(D + "/dangling").st_mode & 0o170000) == 0o120000)
try:
    posix.stat(D + "/dangling")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)

fd = posix.open(D + "/f", posix.O_RDONLY)
fst = posix.fstat(fd)
print("fstat", fst.st_size, fst.st_ino == st.st_ino)
print("stat(fd)", posix.stat(fd).st_size, posix.stat(fd) == fst)
try:
    posix.stat(fd, follow_symlinks=False)
except ValueError as e:
    print("ValueError", e)
posix.close(fd)

# bytes and PathLike paths
print("bytes", posix.stat(D.encode() + b"/f").st_size)


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print("pathlike", posix.stat(P(D + "/f")).st_size, posix.stat(P((D + "/f").encode())).st_size)

# construction from a sequence, pickling support, repr of a built one
r = posix.stat_result(range(10))
print(r)
print(r.st_atime, r.st_mtime, r.st_ctime, r.st_atime_ns, r.st_blksize)
r2 = posix.stat_result(range(13))
print(r2.st_atime, r2[7])
r3 = posix.stat_result(range(10), {"st_rdev": 99, "st_atime": 1.5})
print(r3.st_rdev, r3.st_atime, r3.st_mtime)
red = r3.__reduce__()
print(red[0].__name__, red[1][0], sorted(red[1][1].items(), key=lambda kv: kv[0]))
print(posix.stat_result(*red[1]) == r3)
for bad in [(range(9),), (range(20),), (5,), (range(10), 5), ()]:
    try:
        posix.stat_result(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    r.st_mode = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    class Sub(posix.stat_result):
        pass
except TypeError as e:
    print("TypeError", e)
print(hash(r) == hash(tuple(range(10))), r == tuple(range(10)))

# errors
for call in [lambda: posix.stat(D + "/nope"), lambda: posix.stat((D + "/nope").encode()),
             lambda: posix.lstat(P(D + "/nope")), lambda: posix.fstat(9999),
             lambda: posix.stat(-1), lambda: posix.stat(""),
             lambda: posix.stat(D + "/f/x")]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.args, repr(e.filename), e)
for call in [lambda: posix.stat(1.5), lambda: posix.stat(None), lambda: posix.lstat(3),
             lambda: posix.stat(), lambda: posix.stat("a", 1), lambda: posix.stat(path="a", x=1),
             lambda: posix.stat("a", dir_fd="x"), lambda: posix.stat("a\0b"), lambda: posix.stat(b"a\0b"),
             lambda: posix.stat(2**40), lambda: posix.stat(P(1)), lambda: posix.fstat("x")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

cleanup()
print("done", D in posix.listdir("."))
