# complex hashes agree with int/float for real values; equality and dict/set lookups across types.
for z in [0j, 1 + 0j, -1 + 0j, 2.5 + 0j, 1j, -1j, 1 + 1j, 1e300 + 0j, complex(float("inf"), 0), 3 - 4j, 0.5 + 0.25j]:
    print(repr(z), hash(z))
print(hash(complex(2, 0)) == hash(2) == hash(2.0), {2: "int"}[2 + 0j], 1 + 0j in {1}, {1j: 1}[complex(0, 1)])
print(len({1, 1.0, 1 + 0j, True}), len({0, 0j, -0.0, False, 0.0}), {2j, 2j + 0})
s = {1 + 2j, 3, 2.5, 1 + 2j}
print(sorted(s, key=lambda v: (v.real, v.imag)))
print((1 + 2j) == (1 + 2j), (1 + 2j) != (1 - 2j), 1j == 1, 0j == 0, 0j == 0.0, 0j == False)
print(complex(1, 2) == complex(1.0, 2.0), (1+2j).__ne__(1), complex.__hash__(1j) == hash(1j))
