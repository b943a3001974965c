# Class-based context managers: __enter__/__exit__ arguments, suppression, nesting order, errors.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("outer"), CM("inner") as w:
    print("nested body", w)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("n"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def early():
    with CM("ret"):
        return "returned"
print(early())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("body error")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy exit suppressed ZeroDivisionError")
