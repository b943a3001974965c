# Generator return values via StopIteration.value; return None; explicit StopIteration args.
def g1():
    yield 1
    return "ret"
it = g1()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def g2():
    return
    yield
try:
    next(g2())
except StopIteration as e:
    print(repr(e), e.value, e.args)
def g3():
    yield
    return (1, 2)
it3 = g3()
next(it3)
try:
    next(it3)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def g4():
    yield
    return StopIteration("nested")
it4 = g4()
next(it4)
try:
    next(it4)
except StopIteration as e:
    print(repr(e), repr(e.value))
e = StopIteration()
print(e.value, StopIteration(1, 2).value, StopIteration("x").args)
def g5():
    x = yield
    return x * 2
it5 = g5()
next(it5)
try:
    it5.send(21)
except StopIteration as e:
    print("send result", e.value)
print(list(g1()), [x for x in g3()])
def g6():
    try:
        yield 1
    finally:
        return "finally return"
it6 = g6()
next(it6)
try:
    next(it6)
except StopIteration as e:
    print("from finally", e.value)
it7 = g6()
next(it7)
print(it7.close())
