# Benchmark, CPython side: compile() (parse, symtable, code generation, assembly) over every
# stdlib file in one process (the files are read beforehand). Prints `seconds files
# failures`, like bench/frontend/compile_stdlib.ts.
import os, sysconfig, time, warnings

warnings.simplefilter("ignore")
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
start = time.perf_counter()
failures = 0
for p, src in sources:
    try:
        compile(src, p, "exec")
    except (SyntaxError, ValueError):
        failures += 1
print(f"{time.perf_counter() - start:.3f} {len(sources)} {failures}")
