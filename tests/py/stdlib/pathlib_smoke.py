import pathlib, tempfile, os
from pathlib import Path, PurePosixPath, PureWindowsPath
q = PurePosixPath("/usr/lib/python3.11/os.py")
print(q, repr(q), q.name, q.stem, q.suffix, q.suffixes, q.parent, list(q.parents)[:2], q.parts, q.anchor)
print(q.with_name("x.txt"), q.with_suffix(".pyc"), q.relative_to("/usr"), q.is_absolute(), q.match("*.py"), q / "z")
print(PurePosixPath("a/b/../c"), PurePosixPath("a") == PurePosixPath("a/"), PureWindowsPath("C:/x\\y").parts)
base = Path(tempfile.mkdtemp()); os.chdir(base)
(Path("d") / "e").mkdir(parents=True); Path("d/f.txt").write_text("text"); Path("d/g.bin").write_bytes(b"\x00\x01")
print(Path("d/f.txt").read_text(), Path("d/g.bin").read_bytes(), Path("d/f.txt").stat().st_size, Path("d").is_dir())
print(sorted(str(x) for x in Path("d").iterdir()), sorted(str(x) for x in Path(".").glob("**/*.txt")), sorted(str(x) for x in Path("d").rglob("*")))
Path("d/f.txt").rename("d/h.txt"); print(Path("d/h.txt").exists(), Path("d/f.txt").exists())
Path("d/h.txt").unlink(); Path("d/e").rmdir(); print(sorted(p.name for p in Path("d").iterdir()))
print(Path("d").resolve() == base.resolve() / "d", Path.cwd().resolve() == base.resolve(), Path("~").expanduser().is_absolute())
with Path("d/w.txt").open("w") as f:
    f.write("x")
print(Path("d/w.txt").read_text(), Path("d/w.txt").touch() is None, Path("nope").exists())
try:
    Path("nope").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
try:
    q.relative_to("/etc")
except ValueError as e:
    print("ValueError", e)
print(sorted([PurePosixPath("b"), PurePosixPath("a")]), PurePosixPath("a").joinpath("b", "c"), PurePosixPath("/a/b").is_relative_to("/a"))
