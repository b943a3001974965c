# Exception propagates through finally blocks
def step(n):
    try:
        if n == 2:
            raise RuntimeError(f"step {n} failed")
        print("step", n, "ok")
    finally:
        print("cleanup after step", n)

for i in range(4):
    step(i)
