import numbers
for v in [1, 1.5, 1j, True]:
    print(type(v).__name__, [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(numbers.Integral, numbers.Number), isinstance("1", numbers.Number))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print("TypeError", str(e)[:60])
class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    __abs__ = __add__ = __ceil__ = __eq__ = __floor__ = __floordiv__ = __le__ = __lt__ = __mod__ = __mul__ = __neg__ = __pos__ = __pow__ = __radd__ = __rfloordiv__ = __rmod__ = __rmul__ = __round__ = __rpow__ = __rtruediv__ = __truediv__ = __trunc__ = lambda *a: NotImplemented
h = Half(); print(float(h), isinstance(h, numbers.Real), complex(h), h.real, h.imag, h.conjugate())
