# A subclass of a builtin that defines only __hash__ (or only __eq__) keeps the base's
# comparisons (inherit_slots skips tp_hash/tp_richcompare together; the slots are looked up).
class F(list):
    def __hash__(self):
        return 1
class G(list):
    def __eq__(self, o):
        return 'eq'
class H(int):
    def __hash__(self):
        return 7
class T(tuple):
    def __hash__(self):
        return hash(tuple(self)) ^ 1
print(F([1, 2]) == F([1, 2]), F([1]) < F([2]), F([1]) != F([1]))
print(G([1]) == G([1]), G.__hash__)
print(H(3) == H(3), H(3) < H(4), hash(H(3)))
print(T((1, 2)) == T((1, 2)), {T((1, 2)): 'ok'}[T((1, 2))])
import functools
@functools.lru_cache(maxsize=None)
def sq(x):
    return x * x
for i in (1, 2, 1, 2, 3):
    sq(i)
print(sq.cache_info())
