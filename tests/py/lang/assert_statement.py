# assert statement
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    x = [1, 2]
    assert len(x) == 3, f"expected 3 items, got {len(x)}: {x}"
except AssertionError as e:
    print(e)
try:
    assert [], ("tuple", "message")
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)
def check(v):
    assert isinstance(v, int), f"not an int: {v!r}"
    return v * 2
for v in [3, "3", None]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e)
print(__debug__)
class Err:
    def __str__(self):
        return "custom message object"
try:
    assert None, Err()
except AssertionError as e:
    print(str(e), type(e.args[0]).__name__)
