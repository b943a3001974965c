# Packages, subpackages, relative imports, namespace packages and the module attributes
# importlib sets (spec, loader, file, cached, path).
import sys, os
sys.path.insert(0, "_support")
import importlib

import pkg
print(pkg.VALUE, pkg.__name__, pkg.__package__)
print(type(pkg.__spec__).__name__, pkg.__spec__.name, pkg.__spec__.parent)
print(type(pkg.__loader__).__name__, os.path.basename(pkg.__file__), os.path.basename(os.path.dirname(pkg.__file__)))
print([os.path.basename(p) for p in pkg.__path__])
print(pkg.__spec__.submodule_search_locations == pkg.__path__)
print(os.path.basename(pkg.__cached__).split(".")[0], pkg.__cached__.endswith(".pyc"))

import pkg.sub
print(pkg.sub.LEAF, pkg.sub.double(5), pkg.sub.parent_helper is pkg.helper)
from pkg.sub import leaf
print(leaf.where(), leaf.__package__)
print("pkg.sub.leaf" in sys.modules, sys.modules["pkg.sub.leaf"] is leaf)

# import a.b binds a; from-import binds the leaf.
import pkg.sub.leaf as L
print(L is leaf)

# Namespace packages: a directory without __init__.py.
import nspkg.part.mod
print(nspkg.part.mod.NAME, nspkg.__file__ if hasattr(nspkg, "__file__") else None)
print(type(nspkg.__path__).__name__, nspkg.__spec__.origin, nspkg.__spec__.loader is None or type(nspkg.__spec__.loader).__name__)

# importlib.import_module, absolute and relative.
m = importlib.import_module("pkg.helper")
print(m is pkg.helper, importlib.import_module(".leaf", "pkg.sub") is leaf)

# reload runs the module again in the same namespace.
import counter
print(counter.count)
importlib.reload(counter)
print(counter.count)

# __import__ with and without a fromlist.
print(__import__("pkg.sub").__name__, __import__("pkg.sub", fromlist=["leaf"]).__name__)
print(__import__("leaf", globals={"__name__": "pkg.sub.x", "__package__": "pkg.sub"}, fromlist=["*"], level=1).LEAF)

# Built-in and frozen modules have their own loaders.
import itertools as math, posixpath
print(math.__spec__.origin, type(math.__loader__).__name__ if not isinstance(math.__loader__, type) else math.__loader__.__name__)
print(posixpath.__spec__.origin, os.path is posixpath)
print(sys.modules["sys"].__spec__.name, sys.__loader__.__name__)

# Modules found again come from sys.modules; a None entry blocks the import.
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
