# yield from forwards send() and throw() to the subgenerator and relays its results.
def sub():
    total = 0
    while True:
        try:
            x = yield total
        except KeyError as e:
            print("sub handled KeyError", e)
            continue
        if x is None:
            return total
        total += x
def delegator():
    result = yield from sub()
    print("delegator result", result)
    yield "after"
d = delegator()
print(next(d), d.send(5), d.send(10))
print(d.throw(KeyError("k")))
print(d.send(None))
def sub2():
    yield 1
    yield 2
def deleg2():
    try:
        yield from sub2()
    except ValueError as e:
        print("delegator caught", e)
        yield "handled in delegator"
g = deleg2()
next(g)
print(g.throw(ValueError("bubbled")))
class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration("iter value")
        return self.i
def over_iterator():
    r = yield from Iter()
    print("iterator returned", r)
it = over_iterator()
print(next(it))
try:
    it.send(99)
except AttributeError as e:
    print("AttributeError", e)
def over_list():
    yield from [1, 2, 3]
ol = over_list()
next(ol)
try:
    ol.throw(IndexError("into list"))
except IndexError as e:
    print("IndexError", e)
