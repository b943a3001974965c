# The process and the rest: ids, uname, times, cpu_count, environ/putenv/unsetenv, strerror,
# fspath, urandom, terminal size, wait-status helpers, constants, _have_functions.
import posix

print(type(posix.getpid()).__name__, posix.getpid() > 0, posix.getppid() > 0)
print(all(type(f()) is int and f() >= 0 for f in (posix.getuid, posix.geteuid, posix.getgid, posix.getegid)))
u = posix.uname()
print(type(u).__name__, type(u).__module__, len(u), u.sysname, u[0] == u.sysname, type(u.release).__name__)
print(u.__match_args__, type(u).n_fields)
t = posix.times()
print(type(t).__name__, len(t), all(type(x) is float for x in t), t.user >= 0, t.elapsed > 0)
print(type(t).__match_args__)
n = posix.cpu_count()
print(type(n).__name__, n >= 1)

# environ is bytes -> bytes
env = posix.environ
print(type(env).__name__, all(type(k) is bytes and type(v) is bytes for k, v in env.items()))
print(env.get(b"PYTHONHASHSEED"))
posix.putenv("TYPHON_POSIX_TEST", "value")
posix.putenv(b"TYPHON_POSIX_TEST2", b"v2")
posix.unsetenv("TYPHON_POSIX_TEST")
posix.unsetenv(b"TYPHON_POSIX_NEVER_SET")
print(b"TYPHON_POSIX_TEST" in posix.environ)
for call in [lambda: posix.putenv("a=b", "c"), lambda: posix.putenv("", "c"), lambda: posix.putenv(1, "c"),
             lambda: posix.putenv("a", "c\0"), lambda: posix.putenv("a"), lambda: posix.unsetenv("a=b"),
             lambda: posix.unsetenv(""), lambda: posix.unsetenv(None)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# strerror
for code in (0, 1, 2, 13, 17, 22, 110, 132, -1, 99999):
    print(code, posix.strerror(code))
for call in [lambda: posix.strerror("x"), lambda: posix.strerror(2**40), lambda: posix.strerror()]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)


# fspath
class P:
    def __init__(self, v):
        self.v = v

    def __fspath__(self):
        return self.v


class Sub(str):
    pass


print(posix.fspath("a"), posix.fspath(b"b"), posix.fspath(P("c")), posix.fspath(P(b"d")),
      type(posix.fspath(Sub("e"))).__name__, posix.fspath(path="f"))
for call in [lambda: posix.fspath(1), lambda: posix.fspath(P(1)), lambda: posix.fspath(None),
             lambda: posix.fspath(), lambda: posix.fspath(1, 2), lambda: posix.fspath(P),
             lambda: posix.fspath(bytearray(b"x"))]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# urandom
r = posix.urandom(16)
print(type(r).__name__, len(r), len(posix.urandom(0)), posix.urandom(8) != posix.urandom(8))
for call in [lambda: posix.urandom(-1), lambda: posix.urandom("x"), lambda: posix.urandom(2**63)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# terminal size (no terminal here)
for call in [lambda: posix.get_terminal_size(), lambda: posix.get_terminal_size(9999),
             lambda: posix.get_terminal_size("x"), lambda: posix.get_terminal_size(1, 2)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
ts = posix.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, type(ts).__module__)
try:
    posix.terminal_size((1, 2, 3))
except TypeError as e:
    print("TypeError", e)

# wait-status helpers
for s in (0, 0x0100, 0x2a00, 9, 0x8b, 0x137f, 0xffff, -1):
    print(s, posix.WIFEXITED(s), posix.WEXITSTATUS(s), posix.WIFSIGNALED(s), posix.WTERMSIG(s),
          posix.WIFSTOPPED(s), posix.WSTOPSIG(s), posix.WCOREDUMP(s), posix.WIFCONTINUED(status=s))
for s in (0, 0x0100, 9, 0x137f, -1, 0xffff, 2**40, "x"):
    try:
        print(posix.waitstatus_to_exitcode(s))
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: posix.WIFEXITED(), lambda: posix.WCOREDUMP(), lambda: posix.WEXITSTATUS("a")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# kill: signal 0 only checks that the process exists
print(posix.kill(posix.getpid(), 0))
for call in [lambda: posix.kill(posix.getpid(), 99), lambda: posix.kill("x", 0), lambda: posix.kill(1),
             lambda: posix.kill(2**40, 0), lambda: posix.kill(-2**40, 0), lambda: posix.killpg(1),
             lambda: posix.killpg(-1, 0), lambda: posix.kill(1, 2, 3), lambda: posix.kill(pid=1, signal=0)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# calling conventions
for call in [lambda: posix.getpid(1), lambda: posix.getcwd(x=1), lambda: posix.umask(),
             lambda: posix.umask("x"), lambda: posix._exit("x")]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

# constants and the module's surface
for name in ("F_OK", "R_OK", "W_OK", "X_OK", "O_RDONLY", "O_WRONLY", "O_RDWR", "O_APPEND", "O_CREAT",
             "O_EXCL", "O_TRUNC", "O_NONBLOCK", "O_CLOEXEC", "O_DIRECTORY", "O_NOFOLLOW", "O_TMPFILE",
             "O_ACCMODE", "SEEK_HOLE", "SEEK_DATA", "EX_OK", "EX_USAGE", "EX_CONFIG", "WNOHANG",
             "WUNTRACED", "WCONTINUED", "NGROUPS_MAX", "TMP_MAX"):
    print(name, getattr(posix, name))
print(posix.error is OSError, "SEEK_SET" in dir(posix))
print(type(posix._have_functions).__name__, "HAVE_LSTAT" in posix._have_functions)
print(posix.stat_result.__name__, posix.uname_result.__name__, posix.times_result.__name__,
      posix.terminal_size.__name__, posix.DirEntry.__name__)
print(posix.__name__, type(posix.stat).__name__, posix.stat.__name__)
