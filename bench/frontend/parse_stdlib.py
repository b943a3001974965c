# Benchmark, CPython side: ast.parse over every stdlib file in one process (the files are
# read beforehand). Prints `seconds files failures`, like bench/frontend/parse_stdlib.ts.
import ast, time
from stdlib_files import stdlib_sources

sources = stdlib_sources()
start = time.perf_counter()
failures = 0
for p, src in sources:
    try:
        ast.parse(src, p)
    except (SyntaxError, ValueError):
        failures += 1
print(f"{time.perf_counter() - start:.3f} {len(sources)} {failures}")
