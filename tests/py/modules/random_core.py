# _random: the Mersenne Twister core, seeded as CPython seeds it
import _random

r = _random.Random(42)
print(r.random(), r.getrandbits(70), r.getrandbits(0), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33))
print(r.getrandbits(53), r.getrandbits(64), r.getrandbits(65), r.getrandbits(200))
for seed in [0, 1, -1, 2**32 - 1, 2**32, 2**64 + 7, -(2**100), 12345678901234567890123, True, 3.5, -3.5, "abc", b"xyz", (1, 2), 2.0**80]:
    r.seed(seed)
    print(repr(seed)[:30], [round(r.random(), 12) for _ in range(3)], r.getrandbits(16))
r.seed(7)
s = r.getstate()
print(type(s), len(s), s[-1], s[:3])
a = [r.random() for _ in range(700)]
r.setstate(s)
print(a == [r.random() for _ in range(700)], r.getstate()[-1])
r2 = _random.Random.__new__(_random.Random)
print(r2.random(), r2.getstate()[-1], r2.getrandbits(40))
r.seed(None)
print(0 <= r.random() < 1, r.getstate()[-1])
class R(_random.Random):
    def __init__(self, x):
        self.seed(x)
        self.extra = 1
print(R(42).random(), R(7).extra, type(R(1)).__mro__, isinstance(R(1), _random.Random))
print(_random.Random(5).random() == _random.Random(5).random(), _random.Random, type(r).__name__)
st = list(r.getstate()); st[0] = 2**32 + 5; st[-1] = 3
r.setstate(tuple(st)); print(r.getstate()[0], r.getstate()[-1])

def err(f, *a):
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
err(r.setstate, (1.5,) * 625)
err(r.setstate, (-1,) * 625)
err(r.setstate, (2**64,) * 625)
err(r.setstate, (1,) * 624 + (625,))
err(r.setstate, (1,) * 624 + (-1,))
err(r.setstate, (1,) * 624 + (1.5,))
err(r.setstate, [1] * 625)
err(r.setstate, (1,) * 3)
err(r.getrandbits, -1)
err(r.getrandbits, 1.5)
err(r.getrandbits, 2**40)
err(_random.Random, 1, 2)
err(lambda: _random.Random(x=1))
err(r.seed, 1, 2)
err(r.seed, [1])
