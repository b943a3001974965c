import glob, os, tempfile
base = tempfile.mkdtemp()
os.chdir(base)
for p in ["a.py", "b.py", "c.txt", "sub/d.py", "sub/deep/e.py", ".hidden.py"]:
    os.makedirs(os.path.dirname(p) or ".", exist_ok=True)
    open(p, "w").close()
print(sorted(glob.glob("*.py")), sorted(glob.glob("*")), sorted(glob.glob("**/*.py", recursive=True)))
print(sorted(glob.glob("sub/*")), sorted(glob.glob("?.txt")), sorted(glob.glob("[ab].py")), glob.glob("nothing*"))
print(sorted(glob.glob("*.py", root_dir="sub")), glob.escape("a[b]*?"), glob.has_magic("x*"), glob.has_magic("x"))
print(sorted(glob.iglob("sub/**", recursive=True)))
print(sorted(glob.glob(".*")))
