# Deleting __next__ leaves tp_iternext raising "not iterable" (update_one_slot), never an empty slot.
class BadIterator(object):
    def __iter__(self):
        return self
    def __next__(self):
        del BadIterator.__next__
        return 1
try:
    for i in BadIterator():
        pass
except TypeError as e:
    print("for:", e)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
del It.__next__
try:
    next(It())
except TypeError as e:
    print("next:", e)
try:
    list(It())
except TypeError as e:
    print("list:", e)
It.__next__ = lambda self: 7
print(next(It()))
class Sub(It): pass
del It.__next__
try:
    next(Sub())
except TypeError as e:
    print("sub next:", e)
