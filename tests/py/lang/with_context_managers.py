# with statements and custom context managers
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with Tracker("a") as t:
    print("body", t.name)

with Tracker("outer"), Tracker("inner") as inner:
    print("nested body", inner.name)

with Tracker("suppressing", suppress=True):
    raise ValueError("hidden")
print("after suppressed")

try:
    with Tracker("not suppressing"):
        raise KeyError("visible")
except KeyError as e:
    print("caught", repr(e))

def func():
    with Tracker("in function"):
        return "returned"

print(func())

for i in range(3):
    with Tracker(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class Resource:
    def __enter__(self):
        return [1, 2, 3]
    def __exit__(self, *args):
        return False

with Resource() as (a, *rest):
    print(a, rest)

with (Tracker("p1") as p1,
      Tracker("p2") as p2):
    print("parenthesized", p1.name, p2.name)

class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")

try:
    with BadEnter():
        print("not reached")
except RuntimeError as e:
    print(e)

try:
    with object():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
