# The corpus of the front-end benchmarks, CPython side: every .py file of the standard
# library (without site-packages), sorted by path and read into memory — the same list
# bench/frontend/stdlib_files.ts gives typhon's side.
import os, sysconfig


def stdlib_sources():
    root = sysconfig.get_paths()["stdlib"]
    skip = {"site-packages", "dist-packages", "__pycache__"}
    paths = []
    for d, dirs, names in os.walk(root):
        dirs[:] = [x for x in dirs if x not in skip]
        paths += [os.path.join(d, n) for n in names if n.endswith(".py")]
    paths.sort()
    sources = []
    for p in paths:
        with open(p, "rb") as f:
            sources.append((p, f.read()))
    return sources
