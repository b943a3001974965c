# Dict insert/lookup/delete with int and str keys.


def int_keys(n):
    d = {}
    for i in range(n):
        d[(i * 7919) % 100003] = i
    hits = 0
    total = 0
    for i in range(n):
        k = (i * 104729) % 100003
        if k in d:
            hits += 1
            total += d[k]
    for i in range(0, 100003, 3):
        k = (i * 7919) % 100003
        if k in d:
            del d[k]
    s = 0
    for k, v in d.items():
        s = (s + k * 31 + v) % 1000000007
    return hits, total, len(d), s


def str_keys(n):
    words = ["w" + str(i % 5000) + "_" + str(i % 7) for i in range(n)]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    d2 = {}
    for w, c in counts.items():
        if c > 2:
            d2[w] = c
    for w in list(d2):
        if len(w) % 2 == 0:
            del d2[w]
    total = 0
    for w in words:
        total += d2.get(w, 0)
    setdefault_d = {}
    for i, w in enumerate(words[:20000]):
        setdefault_d.setdefault(w[-1], []).append(i)
    keys = sorted(setdefault_d)
    return len(counts), len(d2), total, keys, [len(setdefault_d[k]) for k in keys]


def merge_and_pop(n):
    a = {i: i * i for i in range(n)}
    b = {i: -i for i in range(n // 2, n + n // 2)}
    c = dict(a)
    c.update(b)
    s = 0
    for i in range(0, n, 2):
        s += c.pop(i, 0)
    s += sum(c.values())
    return len(c), s


def main():
    print(int_keys(500000))
    print(str_keys(400000))
    print(merge_and_pop(300000))


main()
