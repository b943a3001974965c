import os, tempfile, stat
print(os.name, os.sep, os.pathsep, os.linesep == "\n", os.curdir, os.pardir, os.extsep, os.devnull)
d = tempfile.mkdtemp(); os.chdir(d)
os.mkdir("a"); os.makedirs("a/b/c"); open("a/f.txt", "w").write("hello")
print(sorted(os.listdir("a")), os.path.isdir("a/b"), os.path.exists("a/f.txt"), os.stat("a/f.txt").st_size)
print(sorted((e.name, e.is_dir()) for e in os.scandir("a")))
print([(os.path.relpath(r, d), sorted(ds), sorted(fs)) for r, ds, fs in os.walk(d)])
os.rename("a/f.txt", "a/g.txt"); print(sorted(os.listdir("a")))
os.replace("a/g.txt", "a/h.txt"); os.remove("a/h.txt"); os.removedirs("a/b/c"); print(os.path.exists("a"))
os.environ["TYPHON_SMOKE"] = "1"; print(os.environ.get("TYPHON_SMOKE"), os.getenv("NOPE_NOPE", "dflt"), "TYPHON_SMOKE" in os.environ)
del os.environ["TYPHON_SMOKE"]; print(os.getenv("TYPHON_SMOKE"))
print(os.getcwd() == os.path.realpath(d), isinstance(os.getpid(), int), os.fspath("p"), os.fsencode("x"), os.fsdecode(b"y"))
fd = os.open("raw", os.O_WRONLY | os.O_CREAT, 0o644); os.write(fd, b"bytes"); os.close(fd)
fd = os.open("raw", os.O_RDONLY); print(os.read(fd, 10)); os.close(fd)
print(stat.S_ISREG(os.stat("raw").st_mode), oct(os.stat("raw").st_mode & 0o777) in ("0o644", "0o640", "0o600"))
os.symlink("raw", "link"); print(os.path.islink("link"), os.readlink("link"))
try:
    os.listdir("missing")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    os.mkdir("raw")
except FileExistsError as e:
    print("FileExistsError", e.strerror)
print(os.cpu_count() >= 1, os.get_terminal_size.__name__, os.strerror(2))
