# Hashes of ints, floats, complex and bools (64-bit CPython values, independent of the hash seed).
ints = [0, 1, -1, -2, 2**31, 2**32, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63, 2**64, -(2**61), -(2**64), 10**20, -(10**30), 12345678901234567890]
print([hash(i) for i in ints])
floats = [0.0, -0.0, 0.5, 1.5, -1.5, 0.1, 1e10, 1e20, 1e-10, 3.141592653589793, 2.0**61, 2.0**62, 1e308, 5e-324, float("inf"), float("-inf")]
print([hash(f) for f in floats])
print([hash(complex(a, b)) for a, b in [(0, 1), (1, 1), (-1, 2), (0.5, -0.5), (1e10, 1e10)]])
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True) == hash(1 + 0j))
print([hash(n) for n in range(-5, 6)])
print([hash(2**k + 1) for k in range(55, 70, 3)])
print([hash(x / 7) for x in range(1, 8)])
