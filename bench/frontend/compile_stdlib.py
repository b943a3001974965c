# Benchmark, CPython side: compile() (parse, symtable, code generation, assembly) over every
# stdlib file in one process (the files are read beforehand). Prints `seconds files
# failures`, like bench/frontend/compile_stdlib.ts.
import time, warnings
from stdlib_files import stdlib_sources

warnings.simplefilter("ignore")
sources = stdlib_sources()
start = time.perf_counter()
failures = 0
for p, src in sources:
    try:
        compile(src, p, "exec")
    except (SyntaxError, ValueError):
        failures += 1
print(f"{time.perf_counter() - start:.3f} {len(sources)} {failures}")
