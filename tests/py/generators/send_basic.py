# send(): priming with None, values flowing in and out, send on a fresh generator, running totals.
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
g = averager()
print(g.send(None), g.send(10), g.send(20), g.send(0))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
g2 = averager()
try:
    g2.send(5)
except TypeError as e:
    print("TypeError", e)
print(next(g2), g2.send(4))
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo got", received)
e = echo()
next(e)
for v in "abc":
    print(e.send(v))
e.close()
def two_way():
    a = yield "first"
    print("a =", a)
    b = yield "second"
    print("b =", b)
    return a + b
t = two_way()
print(next(t))
print(t.send(1))
try:
    t.send(2)
except StopIteration as s:
    print("returned", s.value)
try:
    t.send(3)
except StopIteration as s:
    print("again", s.value)
def gen_next_is_send_none():
    x = yield 1
    print("got", x)
    yield 2
n = gen_next_is_send_none()
next(n)
print(next(n))
