# resource: limits (read from the process) and usage, with the errors.
import resource as r

def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except BaseException as e:
        return "%s: %s" % (type(e).__name__, e)

print({n: getattr(r, n) for n in dir(r) if n.isupper()}, r.error is OSError)
for i in range(16):
    soft, hard = r.getrlimit(i)
    print(i, type(soft).__name__, soft == -1 or hard == -1 or soft <= hard)
print(t(r.getrlimit, 16), t(r.getrlimit, -1), t(r.getrlimit, "x"), t(r.getrlimit, 2**40))
soft, hard = r.getrlimit(r.RLIMIT_CORE)
print(t(r.setrlimit, r.RLIMIT_CORE, (0, hard)), r.getrlimit(r.RLIMIT_CORE) == (0, hard))
print(t(r.setrlimit, r.RLIMIT_CORE, (10, 5)), t(r.setrlimit, r.RLIMIT_CORE, 5), t(r.setrlimit, r.RLIMIT_CORE, (1, 2, 3)),
      t(r.setrlimit, 99, (1, 1)), t(r.setrlimit, r.RLIMIT_CORE, ("a", 1)), t(r.setrlimit, r.RLIMIT_CORE, (2**64, -1)))
u = r.getrusage(r.RUSAGE_SELF)
print(type(u).__name__, type(u).__mro__, len(u), type(u.ru_utime).__name__, type(u.ru_maxrss).__name__, u.ru_utime >= 0)
print(r.struct_rusage.n_sequence_fields, r.struct_rusage.n_fields, r.struct_rusage.__module__, r.struct_rusage.__match_args__)
print(t(r.getrusage, 5), t(r.getrusage, "x"), type(r.getrusage(r.RUSAGE_CHILDREN)).__name__)
print(r.getpagesize())
