import decimal
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP
print(Decimal("1.1") + Decimal("2.2"), Decimal(1) / Decimal(7))
getcontext().prec = 10
print(Decimal(1) / Decimal(3), Decimal("2").sqrt())
print(Decimal("3.14159").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal("1") / Decimal("7"))
print(Decimal(0.1), Decimal("1e3").normalize(), Decimal("-0"), Decimal("NaN").is_nan())
try:
    Decimal(1) / Decimal(0)
except decimal.DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    Decimal("abc")
except decimal.InvalidOperation as e:
    print("InvalidOperation")
print(Decimal("1.50").as_tuple(), int(Decimal("7.9")), float(Decimal("0.5")), round(Decimal("2.675"), 2))
