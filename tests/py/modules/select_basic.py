# select.select and poll objects on regular files (always ready), with the errors.
import select, posix

def t(f, *a, **k):
    try:
        return repr(f(*a, **k)).replace(str(fd), "FD")
    except BaseException as e:
        return "%s: %s" % (type(e).__name__, e)

print(sorted(n for n in dir(select) if n.startswith("POLL") or n in ("PIPE_BUF", "error", "select", "poll")))
print({n: getattr(select, n) for n in dir(select) if n.startswith("POLL") or n == "PIPE_BUF"}, select.error is OSError)
fd = posix.open("select_basic.py", posix.O_RDONLY)

class F:
    def fileno(self):
        return fd
    def __repr__(self):
        return "F()"

print(t(select.select, [fd], [fd], [fd], 0))
print(t(select.select, [F()], [], [], 0.0))
print(t(select.select, [], [], [], 0.01))
print(t(select.select, (), [], [], 0))
for args in ((5, [], []), ([-1], [], []), ([5000], [], []), (["x"], [], []), ([], [], [], -1), ([], [], [], "x"), ([], [])):
    print(t(select.select, *args))

class Bad:
    def fileno(self):
        return "x"
print(t(select.select, [Bad()], [], []))

p = select.poll()
print(type(p).__name__, type(p).__module__)
print(t(p.register, F()), t(p.register, fd, select.POLLIN), t(p.poll, 0), t(p.poll), t(p.poll, None))
print(t(p.modify, fd, select.POLLIN | select.POLLOUT), t(p.poll, 0))
print(t(p.modify, 999, 1), t(p.unregister, 999), t(p.poll, "x"))
print(t(p.register, -1), t(p.register, 5, 2**20), t(p.register, 5, -1))
print(t(p.unregister, fd), t(p.poll, 0))
print(t(select.poll, 1))
posix.close(fd)
