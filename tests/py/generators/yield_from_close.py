# Closing a delegating generator closes the subgenerator first; close() on iterators with close methods.
def sub(name):
    try:
        yield f"{name}-1"
        yield f"{name}-2"
    finally:
        print(f"{name} finally")
def outer():
    try:
        yield from sub("A")
        yield from sub("B")
    finally:
        print("outer finally")
g = outer()
print(next(g))
g.close()
g2 = outer()
print(next(g2), next(g2), next(g2))
g2.close()
class Closable:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def close(self):
        print("Closable.close called")
def wrap():
    yield from Closable()
w = wrap()
print(next(w), next(w))
w.close()
class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return 1
    def close(self):
        raise ValueError("close failed")
def wrap2():
    yield from BadClose()
w2 = wrap2()
next(w2)
try:
    w2.close()
except ValueError as e:
    print("ValueError", e)
def sub_returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("sub sees GeneratorExit")
        raise
def outer2():
    try:
        yield from sub_returns_on_exit()
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise
o = outer2()
next(o)
o.close()
print("closed", o.gi_frame is None)
