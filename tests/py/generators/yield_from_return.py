# yield from: return values, delegation of iteration, nested delegation, yield from iterables.
def inner(n):
    for i in range(n):
        yield i
    return f"inner({n}) done"
def middle():
    r1 = yield from inner(2)
    print("middle got", r1)
    r2 = yield from inner(1)
    print("middle got", r2)
    return r1 + " & " + r2
def outer():
    result = yield from middle()
    print("outer got", result)
    yield "end"
print(list(outer()))
def from_list():
    r = yield from [1, 2]
    print("list returns", r)
    yield from "ab"
    yield from (x * x for x in range(3))
    yield from {"k": 1}
    yield from range(2)
print(list(from_list()))
def no_return():
    yield 1
def catches():
    r = yield from no_return()
    print("no return value:", r)
list(catches())
def stop_value():
    yield 1
    return [1, 2]
def take():
    v = yield from stop_value()
    yield v
print(list(take()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1], (), "xy", range(3))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []], 5]], [[6]]])))
try:
    def bad():
        yield from 5
    list(bad())
except TypeError as e:
    print("TypeError", e)
