# The _stat module (the C half of Lib/stat.py).
import _stat

names = [n for n in dir(_stat) if not n.startswith("__")]
print(len(names))
for n in sorted(names):
    v = getattr(_stat, n)
    if isinstance(v, int):
        print(n, v)
modes = [0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755,
         0o041777, 0o041776, 0o106644, 0o170777, 0, 0o7777, True]
for m in modes:
    print(oct(m), _stat.filemode(m), _stat.S_IMODE(m), _stat.S_IFMT(m),
          [f(m) for f in (_stat.S_ISDIR, _stat.S_ISCHR, _stat.S_ISBLK, _stat.S_ISREG, _stat.S_ISFIFO,
                          _stat.S_ISLNK, _stat.S_ISSOCK, _stat.S_ISDOOR, _stat.S_ISPORT, _stat.S_ISWHT)])
for bad in ["x", -1, 2**32, 2**64, 1.5, None, 2**32 - 1]:
    for f in (_stat.S_ISDIR, _stat.S_IMODE, _stat.filemode, _stat.S_IFMT, _stat.S_ISDOOR):
        try:
            print(f.__name__, repr(f(bad)))
        except Exception as e:
            print(f.__name__, type(e).__name__, e)
for call in [lambda: _stat.S_ISDIR(), lambda: _stat.filemode(1, 2), lambda: _stat.S_IMODE(mode=1)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
