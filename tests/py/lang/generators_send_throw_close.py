# Generator send, throw, close
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)

def catcher():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"

c = catcher()
print(next(c))
print(c.throw(ValueError("bad value")))
print(next(c))
try:
    c.throw(TypeError("not caught"))
except TypeError as e:
    print("propagated", type(e).__name__, e)
try:
    next(c)
except StopIteration:
    print("generator is finished")
