import linecache, os, tempfile
d = tempfile.mkdtemp(); p = os.path.join(d, "m.py")
with open(p, "w") as f:
    f.write("a = 1\nb = 2\nc = 3\n")
print(repr(linecache.getline(p, 2)), repr(linecache.getline(p, 10)), len(linecache.getlines(p)))
with open(p, "w") as f:
    f.write("changed\n")
print(repr(linecache.getline(p, 1)))
linecache.checkcache(p); print(repr(linecache.getline(p, 1)))
linecache.clearcache(); print(repr(linecache.getline("/no/such/file", 1)))
print(repr(linecache.getline(__file__, 1)))
