# Arithmetic with inf and nan, and the errors float operations raise.
inf = float("inf")
nan = float("nan")
ops = [("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
       ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b)]
for a in [inf, -inf, nan, 1.0, -1.0, 0.0, -0.0]:
    for b in [inf, -inf, nan, 2.0, -0.0]:
        row = []
        for name, f in ops:
            try:
                row.append(repr(f(a, b)))
            except (ZeroDivisionError, OverflowError, ValueError) as e:
                row.append(type(e).__name__)
        print(a, b, row)
print(inf == inf, inf > 1e308, -inf < -1e308, nan == nan, nan is nan, [nan] == [nan], nan in [nan])
print(max(inf, 1), min(-inf, 1), abs(-inf), -nan != -nan, inf - inf)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1075)
for expr in ["1e308 ** 2", "10.0 ** 400", "0.0 ** -1", "1 / 0.0", "1.0 % 0.0", "divmod(1.0, 0.0)", "2.0 ** 10000"]:
    try:
        print(expr, eval(expr))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(expr, type(e).__name__, e)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7.5, -2), 7.5 // -2, -7.5 % 2, 1e300 % 7, -0.0 % 5)
print(type((-1.0) ** 0.5).__name__, type((-8) ** (1 / 3)).__name__)
print(pow(2.0, 3), pow(2.0, -1), pow(-2.0, 3), pow(0.0, 0), pow(nan, 0), pow(1, nan), pow(1.0, inf))
