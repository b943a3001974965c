# pickle round trips (protocols 0 and 2) of the itertools iterators at several points of
# their life, and of deque and defaultdict, through CPython's own pickle.py.
import pickle, copy, operator
import itertools as I
from collections import deque, defaultdict

def roundtrip(it, proto):
    return pickle.loads(pickle.dumps(it, proto))

def check(label, make, steps=(0, 2)):
    for k in steps:
        for proto in (0, 2):
            it = make()
            for _ in range(k):
                next(it, None)
            it2 = roundtrip(it, proto)
            a = list(I.islice(it, 20))
            b = list(I.islice(it2, 20))
            if a != b:
                print("MISMATCH", label, k, proto, a, b)
        it = make()
        for _ in range(k):
            next(it, None)
        print(label, k, list(I.islice(copy.deepcopy(it), 20)), list(I.islice(it, 20)))

check("count", lambda: I.count(5))
check("count float", lambda: I.count(0.5, 0.25))
check("repeat", lambda: I.repeat("r", 4))
check("cycle", lambda: I.cycle("abc"), (0, 5))
check("accumulate", lambda: I.accumulate(range(6), operator.mul, initial=1))
check("accumulate plain", lambda: I.accumulate([1, 2, 3]))
check("chain", lambda: I.chain("ab", [], "cde"), (0, 4))
check("chain.from_iterable", lambda: I.chain.from_iterable(["xy", "z"]))
check("compress", lambda: I.compress("abcdef", [1, 0, 1, 1, 0, 1]))
check("dropwhile", lambda: I.dropwhile(operator.not_, [0, 0, 1, 0, 2]))
check("takewhile", lambda: I.takewhile(operator.truth, [1, 2, 0, 3]), (0, 3))
check("filterfalse", lambda: I.filterfalse(operator.truth, [0, 1, 0, 2, 0]))
check("starmap", lambda: I.starmap(operator.add, [(1, 2), (3, 4), (5, 6)]))
check("islice", lambda: I.islice(range(30), 3, 25, 4), (0, 6))
check("zip_longest", lambda: I.zip_longest("ab", "wxyz", fillvalue="-"), (0, 4))
check("product", lambda: I.product("ab", range(2), repeat=1), (0, 5))
check("combinations", lambda: I.combinations(range(5), 3), (0, 10))
check("cwr", lambda: I.combinations_with_replacement("abc", 2), (0, 6))
check("permutations", lambda: I.permutations(range(4), 2), (0, 12))
check("tee", lambda: I.tee(range(100))[0], (0, 60))
for proto in (0, 2):
    g = I.groupby("aaabbc")
    k, grp = next(g)
    g2 = roundtrip(g, proto)
    print(proto, [(k2, list(v)) for k2, v in g2], [(k2, list(v)) for k2, v in g])
d = deque([1, [2], "three"], maxlen=5)
for proto in (0, 2):
    d2 = roundtrip(d, proto)
    print(proto, d2, d2.maxlen, d2 == d)
it = iter(deque("abcd")); next(it)
print(list(roundtrip(it, 2)), list(it))
dd = defaultdict(list, {"a": [1]})
for proto in (0, 2):
    dd2 = roundtrip(dd, proto)
    print(proto, dd2, dd2.default_factory is list)
print(pickle.loads(pickle.dumps([len, [].append.__self__.__class__, operator.add], 2)))
