# tuple subclasses with their own __init__ take keyword arguments; list.extend ignores an
# impossible __length_hint__; the print >> hint; "%s" % s hands back s itself.
import sys


def err(f):
    try:
        r = f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return r


class sub(tuple):
    pass


class sub_init(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg


class sub_new(tuple):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self


print(err(lambda: sub(sequence=())), err(lambda: tuple(x=1)))
u = sub_init([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)
u = sub_new([1, 2], newarg=3)
print(type(u).__name__, list(u), u.newarg)


class CustomIter:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration

    def __length_hint__(self):
        return sys.maxsize


a = [1, 2, 3, 4]
a.extend(CustomIter())
print(a)
print(err(lambda: print >> sys.stderr), err(lambda: print >> 42), err(lambda: max >> 42))
text = "abcde"
print("%s" % text is text, "%.5s" % text is text, "%.10s" % text is text, "%1s" % text is text, "%5s" % text is text)
print("%s" % (text,) is text, "%s!" % text, "%6s" % text, "%.3s" % text, "%r" % text)
