# CPython's own Lib/os.py, posixpath, shutil, tempfile, glob and pathlib on top of posix.
import glob
import os
import pathlib
import pwd
import shutil
import sys
import tempfile

D = "_posix_oslib_tmp"

print(os.name, os.sep, os.path is sys.modules["os.path"], os.stat is __import__("posix").stat)
print(os.stat in os.supports_follow_symlinks, os.chmod in os.supports_fd, os.stat in os.supports_fd)
print(isinstance(os.environ.get("PYTHONHASHSEED"), str), os.getenv("TYPHON_NOT_SET", "dflt"))
os.environ["TYPHON_OSLIB"] = "x1"
print(os.environ["TYPHON_OSLIB"], os.environb[b"TYPHON_OSLIB"])
del os.environ["TYPHON_OSLIB"]
print("TYPHON_OSLIB" in os.environ)
print(os.fsencode("a\udcff"), repr(os.fsdecode(b"a\xff")))

shutil.rmtree(D, ignore_errors=True)
os.makedirs(D + "/a/b/c")
os.makedirs(D + "/a/b/c", exist_ok=True)
with open(D + "/a/f.txt", "w") as f:
    f.write("hello\n")
with open(D + "/a/b/g.py", "w") as f:
    f.write("print(1)\n")
print(sorted(os.listdir(D + "/a")))
print([(os.path.relpath(top, D), sorted(dirs), sorted(files)) for top, dirs, files in sorted(os.walk(D))])
print(os.path.exists(D + "/a/f.txt"), os.path.isdir(D + "/a"), os.path.isfile(D + "/a"), os.path.getsize(D + "/a/f.txt"))
print(os.path.islink(D + "/a"), os.path.lexists(D + "/nope"), os.path.samefile(D + "/a", D + "/a/b/.."))
os.symlink("f.txt", D + "/a/link")
print(os.path.islink(D + "/a/link"), os.path.realpath(D + "/a/link") == os.path.realpath(D + "/a/f.txt"))
print(os.path.abspath(D) == os.path.join(os.getcwd(), D), os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")))

shutil.copy(D + "/a/f.txt", D + "/copy.txt")
shutil.copy2(D + "/a/f.txt", D + "/copy2.txt")
print(open(D + "/copy.txt").read(), os.stat(D + "/copy2.txt").st_mtime == os.stat(D + "/a/f.txt").st_mtime)
shutil.copytree(D + "/a", D + "/tree", symlinks=True)
print(sorted(os.listdir(D + "/tree")), os.path.islink(D + "/tree/link"))
shutil.move(D + "/copy.txt", D + "/moved.txt")
print(os.path.exists(D + "/copy.txt"), os.path.exists(D + "/moved.txt"))
print(shutil.which("definitely-not-a-command-xyz"))

print(sorted(os.path.relpath(p, D) for p in glob.glob(D + "/**/*.py", recursive=True)))
print(sorted(os.path.relpath(p, D) for p in glob.glob(D + "/*.txt")))

with tempfile.TemporaryDirectory(dir=D) as td:
    print(os.path.isdir(td), os.path.dirname(td) == os.path.abspath(D) or os.path.dirname(td) == D)
    fd, name = tempfile.mkstemp(dir=td, suffix=".tmp")
    os.write(fd, b"data")
    os.close(fd)
    print(name.endswith(".tmp"), oct(os.stat(name).st_mode & 0o777))
print(os.path.exists(td))

p = pathlib.Path(D)
print(sorted(x.name for x in p.iterdir()))
print(sorted(str(x.relative_to(p)) for x in p.rglob("*.py")))
(p / "new.txt").write_text("text")
print((p / "new.txt").read_text(), (p / "new.txt").stat().st_size, (p / "new.txt").is_file())
(p / "new.txt").rename(p / "renamed.txt")
print((p / "renamed.txt").exists(), (p / "new.txt").exists())
print((p / "a" / "link").is_symlink(), (p / "a" / "link").resolve() == (p / "a" / "f.txt").resolve())
print((p / "a").owner() == pwd.getpwuid(os.getuid()).pw_name)

shutil.rmtree(D)
print("done", os.path.exists(D))
