# A nested ExceptionGroup with a cause on one member and a partially handled except*.
def task(n):
    if n % 2:
        raise ValueError(f"task {n} odd")
    raise KeyError(n)

def run_batch(ns):
    errors = []
    for n in ns:
        try:
            task(n)
        except Exception as e:
            errors.append(e)
    return ExceptionGroup(f"batch {ns}", errors)

inner = run_batch([1, 2])
try:
    raise RuntimeError("root cause")
except RuntimeError as root:
    wrapped = OSError("io failed")
    wrapped.__cause__ = root
outer = ExceptionGroup("all batches", [inner, run_batch([3]), wrapped])
try:
    raise outer
except* OSError as eg:
    print("handled OSError part:", [str(e) for e in eg.exceptions])
