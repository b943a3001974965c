# The errno module: names, errorcode, and their agreement with OSError.
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK, errno.EINTR)
print(errno.EDEADLK, errno.EDEADLOCK, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ERFKILL)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], errno.errorcode[1])
names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:5], names[-5:])
print(len(errno.errorcode), sorted(errno.errorcode)[:5], max(errno.errorcode))
print(all(getattr(errno, name) == num for num, name in errno.errorcode.items()))
print(all(errno.errorcode.get(getattr(errno, n)) is not None for n in names))
aliases = sorted(n for n in names if errno.errorcode[getattr(errno, n)] != n)
print(aliases)
print(type(errno.errorcode).__name__, errno.__name__)
for code, cls in [(errno.ENOENT, FileNotFoundError), (errno.EEXIST, FileExistsError),
                  (errno.EACCES, PermissionError), (errno.EPERM, PermissionError),
                  (errno.EAGAIN, BlockingIOError), (errno.ECHILD, ChildProcessError),
                  (errno.EPIPE, BrokenPipeError), (errno.ESHUTDOWN, BrokenPipeError),
                  (errno.ECONNRESET, ConnectionResetError), (errno.ETIMEDOUT, TimeoutError),
                  (errno.EINTR, InterruptedError), (errno.EISDIR, IsADirectoryError),
                  (errno.ENOTDIR, NotADirectoryError), (errno.ESRCH, ProcessLookupError),
                  (errno.EINVAL, OSError)]:
    e = OSError(code, "msg")
    print(errno.errorcode[code], type(e).__name__, type(e) is cls)
print(hasattr(errno, "EHWPOISON"))
try:
    errno.ENOSUCHTHING
except AttributeError as e:
    print("AttributeError", e)
