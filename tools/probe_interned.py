# Which name-like strings are already interned when `python3 -m dis FILE` compiles FILE?
# CPython rebuilds a frozenset constant (changing its iteration order) when interning one
# of its strings replaces it with an older interned object (codeobject.c,
# intern_string_constants), so the compiler needs this set. Runs dis's command line with
# compile() patched to probe, at that moment, each candidate with a fresh string object.
#
#   python3 tools/probe_interned.py tools/data/interned_candidates.txt   # prints the interned ones
#   python3 tools/probe_interned.py --candidates                         # regenerates the candidate list
import builtins, os, runpy, sys, sysconfig, tempfile

def all_name_chars(s):
    return s.isascii() and all(c.isalnum() or c == "_" for c in s)

def candidates():
    """Name-like strings found in frozenset constants of the standard library, plus keywords and builtins."""
    import keyword, warnings
    warnings.simplefilter("ignore")
    found = set(keyword.kwlist) | set(keyword.softkwlist) | set(dir(builtins))
    def walk(consts):
        for c in consts:
            if isinstance(c, frozenset):
                found.update(x for x in c if isinstance(x, str) and all_name_chars(x))
                walk(c)
            elif isinstance(c, tuple):
                walk(c)
            elif hasattr(c, "co_consts"):
                walk(c.co_consts)
    root = sysconfig.get_paths()["stdlib"]
    for d, dirs, names in os.walk(root):
        dirs[:] = [x for x in dirs if x not in ("site-packages", "__pycache__")]
        for n in names:
            if n.endswith(".py"):
                try:
                    with open(os.path.join(d, n), "rb") as f:
                        walk(compile(f.read(), n, "exec").co_consts)
                except (SyntaxError, ValueError):
                    pass
    return sorted(s for s in found if s)

# Runs in a fresh `python3 -c` process whose own names are few and already interned by the
# dis run, so that the probe does not count its own identifiers.
PROBE = """
import builtins, os, runpy, sys, tempfile
_n = [l.strip() for l in open(sys.argv[1]) if l.strip()]
_o = []
def _c(*a, **k):
    for _s in _n:
        _f = "".join(list(_s))
        if sys.intern(_f) is not _f:
            _o.append(_s)
    raise SystemExit(0)
_t = tempfile.NamedTemporaryFile("w", suffix=".py", delete=False)
_t.write("pass\\n")
_t.close()
builtins.compile = _c
sys.argv = ["dis", _t.name]
try:
    runpy.run_module("dis", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
os.unlink(_t.name)
print("\\n".join(_o))
"""

def probe(path):
    import subprocess
    return subprocess.run([sys.executable, "-c", PROBE, path], capture_output=True, text=True, check=True).stdout.split()

if __name__ == "__main__":
    if sys.argv[1] == "--candidates":
        print("\n".join(candidates()))
    else:
        print("\n".join(probe(sys.argv[1])))
