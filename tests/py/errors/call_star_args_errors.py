# f(*x) accepts any object with __getitem__ (the old sequence protocol); the messages for
# a non-iterable, for an __iter__ that raises, for non-str keywords in **kwargs and for a
# keyword given twice by two ** dicts.
def g(*a):
    return a

class Seq:
    def __len__(self):
        return 5
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError(i)

class BrokenSeq:
    def __getitem__(self, i):
        raise TypeError("myerror")

class BrokenIter:
    def __iter__(self):
        raise TypeError("myerror")

class Nothing:
    def __len__(self):
        return 5

print(g(*Seq()))
print(g(*range(1), *Seq()))
print([*Seq()])
for args in [lambda: g(*BrokenSeq()), lambda: g(*range(1), *BrokenSeq()), lambda: g(*BrokenIter()),
             lambda: g(*range(1), *BrokenIter()), lambda: g(*Nothing()), lambda: g(*range(1), *Nothing()),
             lambda: [*Nothing()], lambda: g(*{1: 2})]:
    try:
        print(args())
    except TypeError as e:
        print("TypeError", e)

def f(**kw):
    return kw

for call in [lambda: f(**{1: 2}), lambda: f(**{"a": 3}, **{"a": 5}), lambda: f(**{1: 3}, **{1: 5}),
             lambda: dict(**{1: 2}), lambda: print(**{1: 2}), lambda: f(**{"a": 1})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError", e)
