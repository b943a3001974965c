# File descriptors: open/read/write/lseek/ftruncate/truncate/fsync/dup/close and flags.
import posix

D = "_posix_files_tmp"


def cleanup():
    for name in ("a", "b", "c"):
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
fd = posix.open(D + "/a", posix.O_RDWR | posix.O_CREAT | posix.O_EXCL, 0o600)
print(type(fd).__name__, fd > 2)
print(posix.write(fd, b"0123456789"), posix.write(fd, bytearray(b"abc")), posix.write(fd, b"XY"))
print(posix.lseek(fd, 0, 0), posix.read(fd, 4), posix.read(fd, 100), posix.read(fd, 5))
print(posix.lseek(fd, -3, 2), posix.read(fd, 10))
print(posix.lseek(fd, 2, 0), posix.lseek(fd, 3, 1), posix.read(fd, 2))
print(posix.read(fd, 0))
posix.ftruncate(fd, 4)
print(posix.fstat(fd).st_size, posix.lseek(fd, 0, 0), posix.read(fd, 100))
posix.ftruncate(fd, 6)
print(posix.lseek(fd, 0, 0), posix.read(fd, 100))
posix.fsync(fd)
posix.fdatasync(fd)


class F:
    def __init__(self, fd):
        self.fd = fd

    def fileno(self):
        return self.fd


posix.fsync(F(fd))
fd2 = posix.dup(fd)
print("dup", fd2 != fd, posix.fstat(fd2).st_ino == posix.fstat(fd).st_ino)
print("inheritable", posix.get_inheritable(fd), posix.get_inheritable(fd2))
posix.set_inheritable(fd2, True)
print(posix.get_inheritable(fd2))
posix.set_inheritable(fd2, False)
print(posix.get_inheritable(fd2))
print("blocking", posix.get_blocking(fd))
posix.set_blocking(fd, False)
print(posix.get_blocking(fd))
posix.set_blocking(fd, True)
print(posix.get_blocking(fd))
print("isatty", posix.isatty(fd), posix.isatty(9999))
print("device_encoding", posix.device_encoding(fd))
posix.close(fd2)
posix.close(fd)

# O_EXCL on an existing file, O_APPEND, truncate by path and by fd
try:
    posix.open(D + "/a", posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
except FileExistsError as e:
    print("FileExistsError", e)
fd = posix.open(D + "/a", posix.O_WRONLY | posix.O_APPEND)
posix.write(fd, b"++")
posix.close(fd)
fd = posix.open(D + "/a", posix.O_RDONLY)
print(posix.read(fd, 100))
posix.close(fd)
posix.truncate(D + "/a", 3)
print(posix.stat(D + "/a").st_size)
fd = posix.open(D + "/a", posix.O_RDWR)
posix.truncate(fd, 1)
print(posix.fstat(fd).st_size)
posix.close(fd)
fd = posix.open(D.encode() + b"/b", posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC)
print(posix.write(fd, b""))
posix.close(fd)
print(posix.stat(D + "/b").st_size)

# errors on descriptors
for call in [lambda: posix.read(9999, 1), lambda: posix.write(9999, b"x"), lambda: posix.close(9999),
             lambda: posix.lseek(9999, 0, 0), lambda: posix.fstat(9999), lambda: posix.dup(9999),
             lambda: posix.ftruncate(9999, 0), lambda: posix.fsync(9999), lambda: posix.read(0, -1),
             lambda: posix.get_inheritable(9999), lambda: posix.set_blocking(9999, True),
             lambda: posix.open(D + "/nope/x", posix.O_RDONLY), lambda: posix.open(D, posix.O_WRONLY),
             lambda: posix.truncate(D + "/nope", 0), lambda: posix.truncate(D, 0)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
for call in [lambda: posix.read(1), lambda: posix.read(fd=1, length=1), lambda: posix.write(1, "str"),
             lambda: posix.read("x", 1), lambda: posix.read(1, 1.5), lambda: posix.read(1, 2**63),
             lambda: posix.lseek(0, 2**64, 0), lambda: posix.lseek(0, "x", 0), lambda: posix.open("x"),
             lambda: posix.open("x", 2**40), lambda: posix.open("x", 0, mode="r"), lambda: posix.close(),
             lambda: posix.fsync("x"), lambda: posix.fsync(-5), lambda: posix.fsync(F("x")),
             lambda: posix.isatty(), lambda: posix.isatty(2**40), lambda: posix.dup("x"),
             lambda: posix.set_inheritable(0, "x"), lambda: posix.set_inheritable(0),
             lambda: posix.ftruncate(1), lambda: posix.truncate("x"), lambda: posix.device_encoding("x")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

cleanup()
print("done", D in posix.listdir("."))
