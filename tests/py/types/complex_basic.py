# complex arithmetic, attributes, conjugate, abs, comparisons and mixed operands.
zs = [0j, 1j, -1j, 1 + 2j, -3.5 + 0.5j, complex(2, -0.0), complex(-0.0, -0.0), 1e300 + 1e300j]
for z in zs:
    print(repr(z), z.real, z.imag, z.conjugate(), abs(z), -z, +z, bool(z))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** 0, b ** -1, a == 3 + 4j, a != b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True, a == 3 + 4j + 0.0)
print(abs(3 + 4j), abs(-5j), hash(3 + 0j) == hash(3), hash(1j), hash(2 - 3j), hash(complex(-1, 0)))
print(complex(), complex(1), complex(1.5, 2), complex("1+2j"), complex(" -3.5-0.5J "), complex("j"), complex("-j"),
      complex("1e3j"), complex("(2+3j)"), complex(1j, 1j), complex(True, False), complex("inf"), complex("nan+nanj"))
class C:
    def __complex__(self):
        return 7 + 1j
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(complex(C()), complex(F()), complex(I()), complex(F(), I()))
print(1j ** 2, (1j) ** 0.5 == (1j) ** 0.5, pow(1 + 1j, 2), (2 + 0j) ** 3)
print((1 + 2j).__add__(1), (1 + 2j).__radd__(1), (1 + 2j).__eq__(1), (1 + 0j).__eq__(1.0), (1 + 2j).__lt__(0))
for expr in ["(1+2j) < (2+3j)", "1j // 2", "1j % 2", "divmod(1j, 2)", "int(1j)", "float(1j)", "round(1j)"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "TypeError", e)
for expr in ["1j / 0", "0j ** -1", "(1+1j) / 0j"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "ZeroDivisionError", e)
print(complex.__mro__, type(1j).__name__, isinstance(1j, complex))
