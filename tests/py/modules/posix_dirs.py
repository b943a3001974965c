# Directories and names: mkdir/listdir/scandir/rename/replace/symlink/readlink/link/unlink/
# rmdir/chmod/access/utime/chdir/getcwd.
import posix

D = "_posix_dirs_tmp"


def rmtree(path):
    try:
        names = posix.listdir(path)
    except OSError:
        return
    for n in names:
        p = path + "/" + n
        if (posix.lstat(p).st_mode & 0o170000) == 0o040000:
            rmtree(p)
        else:
            posix.unlink(p)
    posix.rmdir(path)


def touch(path, data=b""):
    fd = posix.open(path, posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC, 0o644)
    posix.write(fd, data)
    posix.close(fd)


rmtree(D)
print(posix.mkdir(D))
posix.mkdir(D + "/sub", 0o755)
touch(D + "/file.txt", b"12345")
touch(D + "/other")
print(sorted(posix.listdir(D)))
print(sorted(posix.listdir(D.encode())))
print(sorted(posix.listdir(D + "/sub")))

# rename / replace
posix.rename(D + "/other", D + "/renamed")
touch(D + "/x")
posix.replace(D + "/x", D + "/renamed")
print(sorted(posix.listdir(D)))
try:
    posix.rename(D + "/nope", D + "/y")
except OSError as e:
    print(type(e).__name__, e.errno, e.filename, e.filename2, e)

# symlinks and hard links
posix.symlink("file.txt", D + "/sl")
posix.symlink(b"sub", (D + "/sl2").encode(), target_is_directory=True)
print(posix.readlink(D + "/sl"), posix.readlink((D + "/sl").encode()), posix.readlink(D + "/sl2"))
try:
    posix.readlink(D + "/file.txt")
except OSError as e:
    print(type(e).__name__, e)
try:
    posix.symlink("file.txt", D + "/sl")
except OSError as e:
    print(type(e).__name__, e)
posix.link(D + "/file.txt", D + "/hard")
print(posix.stat(D + "/hard").st_nlink, posix.stat(D + "/file.txt").st_ino == posix.stat(D + "/hard").st_ino)
posix.link(D + "/sl", D + "/hardsl", follow_symlinks=False)
print((posix.lstat(D + "/hardsl").st_mode & 0o170000) == 0o120000)
try:
    posix.link(D + "/file.txt", D + "/hard")
except OSError as e:
    print(type(e).__name__, e)

# scandir
with posix.scandir(D) as it:
    print(type(it).__name__)
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
          e.inode() == posix.lstat(e.path).st_ino, e.stat().st_size == posix.stat(e.path).st_size,
          e.__fspath__() == e.path)
print([e.name for e in posix.scandir(D.encode())].sort() is None, sorted(e.name for e in posix.scandir(D.encode()))[:2])
print(sorted(e.path for e in posix.scandir(D + "/"))[:2])
it = posix.scandir(D)
first = next(it)
it.close()
print(list(it))
it.close()
print(type(posix.DirEntry).__name__, posix.DirEntry.__name__)
for call in [lambda: posix.DirEntry(), lambda: type(it)(), lambda: posix.scandir(D + "/nope"),
             lambda: first.is_dir(True), lambda: first.stat(x=1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
posix.unlink(D + "/sl2")
posix.symlink("gone", D + "/broken")
broken = [e for e in posix.scandir(D) if e.name == "broken"][0]
print(broken.is_dir(), broken.is_file(), broken.is_symlink(), broken.is_file(follow_symlinks=False))
try:
    broken.stat()
except OSError as e:
    print(type(e).__name__, e)
print((broken.stat(follow_symlinks=False).st_mode & 0o170000) == 0o120000)

# chmod / access
posix.chmod(D + "/file.txt", 0o600)
print(oct(posix.stat(D + "/file.txt").st_mode & 0o777))
fd = posix.open(D + "/file.txt", posix.O_RDONLY)
posix.chmod(fd, 0o640)
posix.fchmod(fd, 0o604)
posix.close(fd)
print(oct(posix.stat(D + "/file.txt").st_mode & 0o777))
print(posix.access(D + "/file.txt", posix.F_OK), posix.access(D + "/nope", posix.F_OK),
      posix.access(D + "/file.txt", posix.R_OK), posix.access(D, posix.X_OK))
for call in [lambda: posix.chmod(D + "/file.txt", 0o600, follow_symlinks=False),
             lambda: posix.chmod(D + "/sl", 0o600, follow_symlinks=False),
             lambda: posix.chmod(D + "/nope", 0o600, follow_symlinks=False),
             lambda: posix.chmod(D + "/nope", 0o600), lambda: posix.chmod(9999, 0o600)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# utime
posix.utime(D + "/file.txt", (1000000000, 1100000000.5))
st = posix.stat(D + "/file.txt")
print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
posix.utime(D + "/file.txt", ns=(1200000000000001000, 1300000000123456000))
st = posix.stat(D + "/file.txt")
print(st.st_atime_ns, st.st_mtime_ns)
posix.utime(D + "/file.txt", times=(-1.25, 0))
st = posix.stat(D + "/file.txt")
print(st.st_atime, st.st_atime_ns, st[7])
posix.utime(D + "/file.txt")
print(posix.stat(D + "/file.txt").st_mtime > 1600000000)
posix.utime(D + "/sl", (5, 6), follow_symlinks=False)
print(posix.lstat(D + "/sl").st_mtime, posix.stat(D + "/sl").st_mtime > 6)
fd = posix.open(D + "/file.txt", posix.O_RDONLY)
posix.utime(fd, (7, 8))
posix.close(fd)
print(posix.stat(D + "/file.txt").st_mtime)
for call in [lambda: posix.utime(D + "/nope", (1, 2)), lambda: posix.utime(D, (1, 2), ns=(1, 2)),
             lambda: posix.utime(D, 5), lambda: posix.utime(D, [1, 2]), lambda: posix.utime(D, ns=5),
             lambda: posix.utime(D, (1.5, float("nan"))), lambda: posix.utime(D, (1e300, 1)),
             lambda: posix.utime(D, ("a", 1)), lambda: posix.utime(D, ns=(1.5, 1)),
             lambda: posix.utime(D, ns=(2**100, 1)), lambda: posix.utime(9999),
             lambda: posix.utime(9999, follow_symlinks=False)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# chdir / getcwd / getcwdb
here = posix.getcwd()
print(type(here).__name__, type(posix.getcwdb()).__name__, posix.getcwdb() == here.encode())
posix.chdir(D)
print(posix.getcwd() == here + "/" + D, sorted(posix.listdir())[:3], sorted(posix.listdir(None))[:1])
print(sorted(e.path for e in posix.scandir())[:2])
posix.chdir(b"..")
print(posix.getcwd() == here)
try:
    posix.chdir(D + "/nope")
except OSError as e:
    print(type(e).__name__, e)

# umask
old = posix.umask(0o077)
touch(D + "/masked")
print(oct(posix.stat(D + "/masked").st_mode & 0o777), oct(posix.umask(old)))

# removal errors
for call in [lambda: posix.rmdir(D), lambda: posix.rmdir(D + "/file.txt"), lambda: posix.unlink(D + "/sub"),
             lambda: posix.remove(D + "/nope"), lambda: posix.mkdir(D), lambda: posix.mkdir(D + "/a/b"),
             lambda: posix.unlink(D + "/x", dir_fd=None), lambda: posix.rmdir(D, dir_fd="x"),
             lambda: posix.mkdir(D + "/q", "x"), lambda: posix.rename(D), lambda: posix.listdir(D + "/file.txt")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

rmtree(D)
print("done", D in posix.listdir("."))
