# A generator cannot be resumed while it is running: ValueError "generator already executing".
def self_ref():
    yield next(gen)
gen = self_ref()
try:
    next(gen)
except ValueError as e:
    print("ValueError", e)
def sender():
    yield g2.send(None)
g2 = sender()
try:
    next(g2)
except ValueError as e:
    print("ValueError", e)
def thrower():
    try:
        yield 1
    except KeyError:
        yield g3.throw(KeyError)
g3 = thrower()
next(g3)
try:
    g3.throw(KeyError)
except ValueError as e:
    print("ValueError", e)
def closer():
    yield g4.close()
g4 = closer()
try:
    next(g4)
except ValueError as e:
    print("ValueError", e)
print(list(gen), list(g2))
def recursive_ok(n):
    if n:
        yield from recursive_ok(n - 1)
    yield n
print(list(recursive_ok(4)))
