# random.py on top of _random: the same numbers as CPython for the same seed
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.sample(range(100), 5))
print(random.uniform(1, 2), random.randrange(0, 1000, 7), random.getrandbits(100))
l = list(range(20)); random.shuffle(l); print(l)
random.seed('hello')
print(random.random(), random.gauss(0, 1), random.normalvariate(0, 1), random.expovariate(2))
random.seed(b'bytes seed')
print(random.random(), random.triangular(0, 10, 3), random.betavariate(2, 3), random.choices('abc', k=5))
r = random.Random(123)
print(r.random(), r.randbytes(8), r.getrandbits(7))
st = r.getstate(); x = r.random(); r.setstate(st); print(x == r.random(), st[0], len(st[1]))
