# range with negative steps: lengths, membership, repr, slicing, reversing.
cases = [range(10, 0, -1), range(10, 0, -3), range(0, 10, -1), range(-1, -10, -2), range(5, 5, -1), range(5, -5, -5)]
for r in cases:
    print(r, len(r), list(r), r[0] if r else None, r[-1] if r else None, 4 in r, -3 in r, bool(r))
    print("  ", r[::-1], list(r[::-1]), r[1:3], r[::2], r[::-2], r[10:], reversed(r).__class__.__name__)
print(list(reversed(range(10, 0, -3))), range(10, 0, -3).index(4), range(10, 0, -3).count(4), range(10, 0, -3).count(5))
print(range(0, -10, -3) == range(0, -12, -3), range(0) == range(5, 2), range(1, 2, 5) == range(1, 3, 7))
print(range(10)[::-1] == range(9, -1, -1), range(10)[-1:-11:-1])
for r in [range(3), range(1, 4), range(0, 10, 3), range(0)]:
    print(repr(r), str(r), r.start, r.stop, r.step)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError", e)
for args in [(1.5,), ("a",), (1, 2, 3, 4), ()]:
    try:
        range(*args)
    except TypeError as e:
        print("TypeError", e)
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I(), 0, -1)), range(0, 10, I()))
