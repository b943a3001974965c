# Comparisons and equality between ints, floats, bools and complex, including huge values.
import sys
pairs = [(1, 1.0), (2**53, 2.0**53), (2**53 + 1, 2.0**53), (10**400, float("inf")), (-10**400, float("-inf")),
         (0, -0.0), (1, True), (0, False), (1, 1.5), (-1, -1.0000001), (2**63, 9.223372036854775807e18)]
for a, b in pairs:
    print(a == b, a != b, a < b, a <= b, a > b, a >= b, b == a, b < a)
nan = float("nan")
print(2 == 2 + 0j, 2 != 2 + 1j)
print(1 == nan, 1 < nan, 1 > nan, 10**400 < nan, nan == nan, nan != nan)
print(hash(1) == hash(1.0) == hash(True), hash(2**53) == hash(2.0**53), hash(0) == hash(-0.0) == hash(0j))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(2**100))
print(hash(1.5), hash(-1.5), hash(0.1), hash(1e300), hash(float("inf")), hash(float("-inf")))
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width)
print(sorted([3, 1.5, True, -2, 2**70, -0.5, 0]))
print(max(1, 1.0), max(1.0, 1), min(0, False), min(False, 0))
print(1 in [1.0], 2**70 in {2.0**70}, 1.0 in {1: "a"}, {1: "int", 1.0: "float", True: "bool"})
try:
    1 < 1j
except TypeError as e:
    print(e)
try:
    1 < "1"
except TypeError as e:
    print(e)
try:
    [1] < (1,)
except TypeError as e:
    print(e)
print(1 == "1", [1] == (1,), None == 0, (1, 2) == (1.0, 2.0))
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == round(0.3, 10), 10**16 == 10.0**16, 10**23 == 1e23)
