import os.path as p
print(p.join("a", "b", "c.txt"), p.join("/x", "/y"), p.split("/a/b/c"), p.splitext("f.tar.gz"), p.basename("/a/b/"), p.dirname("/a/b"))
print(p.normpath("a//b/../c/./d"), p.isabs("/a"), p.isabs("a"), p.commonpath(["/a/b/c", "/a/b/d"]), p.commonprefix(["abc", "abd"]))
print(p.relpath("/a/b/c", "/a/d"), p.expanduser("x"), p.expandvars("$NOPE_X/y"), p.normcase("AbC"), p.splitdrive("/x/y"))
print(p.exists("/"), p.isdir("/"), p.isfile("/"), p.abspath("/a/../b"), p.realpath("/"), p.sep if hasattr(p, "sep") else "")
print(p.exists("/no/such/thing"), p.getsize(__file__) > 0, p.samefile(__file__, __file__), p.lexists(__file__))
