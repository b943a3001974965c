# __del__ timing with exceptions: locals of a failing frame die when the traceback is released.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def fails():
    local = N("frame-local")
    raise ValueError("boom")
try:
    fails()
except ValueError as e:
    print("in handler")
print("after handler (exception and traceback released)")
def stored():
    try:
        fails()
    except ValueError as e:
        return e
err = stored()
print("exception kept alive via traceback")
del err
print("after del err")
class Boom:
    def __init__(self):
        self.part = N("part-of-failed-init")
        raise RuntimeError("init failed")
try:
    Boom()
except RuntimeError:
    print("init failure handled")
print("after init failure")
def gen():
    g_local = N("generator-local")
    yield 1
    raise KeyError("gen")
try:
    for v in gen():
        print("got", v)
except KeyError:
    print("generator raised")
print("end")
