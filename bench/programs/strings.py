# String building, slicing, join, split, find, replace, formatting.


def build(n):
    parts = []
    for i in range(n):
        parts.append("item%d:%s" % (i, "abcdefghij"[i % 10]))
    s = ",".join(parts)
    return s


def process(s):
    fields = s.split(",")
    total = 0
    for f in fields:
        k, v = f.split(":")
        total += len(k) + ord(v)
    up = s.upper()
    rep = s.replace("item", "it")
    cnt = 0
    pos = 0
    while True:
        pos = s.find("item9", pos)
        if pos < 0:
            break
        cnt += 1
        pos += 1
    return total, len(up), len(rep), cnt


def slicing(n):
    text = "The quick brown fox jumps over the lazy dog. " * 20
    h = 0
    for i in range(n):
        a = i % 50
        b = a + 30
        piece = text[a:b]
        rev = piece[::-1]
        h = (h * 31 + ord(rev[0]) + len(piece.strip())) % 1000000007
        if piece.startswith("qu") or rev.endswith(" "):
            h += 1
    return h


def formatting(n):
    out = []
    for i in range(n):
        out.append("{:>6}|{:<4}|{:08.3f}".format(i, i % 97, i / 7.0))
        out.append("%5d-%-5s-%x" % (i, str(i % 13), i))
        out.append(str(i) + "/" + repr(i * 0.5))
    joined = "\n".join(out)
    lines = joined.splitlines()
    h = 0
    for line in lines:
        h = (h * 131 + len(line) + line.count("0")) % 1000000007
    return len(lines), h


def concat(n):
    s = ""
    for i in range(n):
        s += chr(97 + i % 26)
        if len(s) > 200:
            s = s[100:]
    words = ("alpha beta gamma delta epsilon " * 2000).split()
    caps = " ".join(w.capitalize() for w in words)
    return s, len(caps), caps.count("Gamma"), caps.lower().index("delta")


def main():
    s = build(80000)
    print(process(s))
    print(slicing(500000))
    print(formatting(100000))
    print(concat(400000))


main()
