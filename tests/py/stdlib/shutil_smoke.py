import shutil, os, tempfile
d = tempfile.mkdtemp(); os.chdir(d)
os.makedirs("src/sub"); open("src/a.txt", "w").write("A"); open("src/sub/b.txt", "w").write("B")
shutil.copy("src/a.txt", "c.txt"); shutil.copy2("src/a.txt", "d.txt"); shutil.copyfile("src/a.txt", "e.txt")
print(open("c.txt").read(), sorted(os.listdir(".")))
shutil.copytree("src", "dst"); print(sorted(os.path.relpath(os.path.join(r, f), "dst") for r, _, fs in os.walk("dst") for f in fs))
shutil.copytree("src", "dst2", ignore=shutil.ignore_patterns("b.*")); print(sorted(os.listdir("dst2/sub")))
shutil.move("c.txt", "dst/moved.txt"); print(os.path.exists("c.txt"), os.path.exists("dst/moved.txt"))
shutil.rmtree("dst"); print(os.path.exists("dst"))
print(shutil.which("sh") is not None, shutil.which("no-such-program-xyz"))
u = shutil.disk_usage("."); print(u.total >= u.used, type(u).__name__)
print(sorted(n for n, _ in shutil.get_archive_formats())[:3] != [], shutil.get_terminal_size((80, 24)).columns > 0)
try:
    shutil.copy("missing", "x")
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
try:
    shutil.copytree("src", "dst2")
except FileExistsError as e:
    print("FileExistsError", e.strerror)
with open("src/a.txt") as fs, open("f.txt", "w") as fd:
    shutil.copyfileobj(fs, fd)
print(open("f.txt").read())
