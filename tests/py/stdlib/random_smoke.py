import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.choice("abcdef"), random.uniform(1, 2))
l = list(range(10)); random.shuffle(l); print(l, random.sample(range(100), 5), random.choices("abc", weights=[1, 2, 3], k=5))
print(random.gauss(0, 1), random.getrandbits(64), random.randbytes(4), random.triangular(), random.betavariate(2, 3))
r = random.Random(42); s = r.getstate(); a = r.random(); r.setstate(s); print(a == r.random(), random.Random("str").random())
random.seed(1, version=1); print(random.random())
try:
    random.choice([])
except IndexError as e:
    print("IndexError", e)
try:
    random.randrange(5, 1)
except ValueError as e:
    print("ValueError", e)
