# List append/pop/sort/comprehensions/slicing.


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x % 100000)
    return out


def stack_ops(n):
    st = []
    total = 0
    for i in range(n):
        st.append(i)
        st.append(i * 2)
        if i % 3 == 0:
            total += st.pop()
        while len(st) > 100:
            total += st.pop(0)
    return total, len(st)


def sorting(data):
    a = sorted(data)
    b = sorted(data, reverse=True)
    c = list(data)
    c.sort(key=lambda v: (v % 100, v))
    pairs = [(v % 17, v) for v in data[:20000]]
    pairs.sort()
    return a[0], a[-1], b[len(b) // 2], c[:3], pairs[-1]


def comprehensions(n):
    sq = [i * i for i in range(n)]
    ev = [x for x in sq if x % 2 == 0]
    mat = [[i * j for j in range(50)] for i in range(50)]
    tr = [[row[i] for row in mat] for i in range(50)]
    flat = [x for row in tr for x in row]
    return sum(ev) % 1000000007, sum(flat), len(ev)


def slicing(data):
    h = 0
    n = len(data)
    for i in range(0, n - 100, 7):
        s = data[i:i + 100]
        h = (h + sum(s[::5]) + s[-1] - s[0]) % 1000000007
    r = data[::-1]
    data2 = data[:]
    data2[10:20] = [0] * 5
    del data2[::9]
    return h, r[:3], len(data2), data2.index(0)


def misc(n):
    lst = list(range(n))
    lst.reverse()
    lst.insert(0, -1)
    lst.extend(range(10))
    cnt = lst.count(5)
    lst.remove(5)
    z = list(zip(lst, lst[1:]))
    return len(lst), cnt, z[100], max(lst), min(lst), lst[5:15]


def main():
    data = lcg_list(200000, 42)
    print(stack_ops(900000))
    print(sorting(data))
    print(comprehensions(600000))
    print(slicing(data))
    print(misc(200000))


main()
