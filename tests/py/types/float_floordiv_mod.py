# Floor division and modulo between floats and ints follow the sign of the divisor.
xs = [7.5, -7.5, 7, -7, 0.1, -0.1, 1e20, -1e-20, 3.0]
ys = [2, -2, 0.3, -0.3, 1e-5, 7.0]
for x in xs:
    print(x, [(x // y, x % y) for y in ys])
print(5 % 3.0, -5 % 3.0, 5 % -3.0, 5.5 // 1, -5.5 // 1, 0.0 // 3, -0.0 // 3, 0.0 % -3)
print(1 // 0.1, 1 % 0.1, divmod(1, 0.1))
print(2**100 // 3.0, 2**100 % 3.0)
print(True // 0.5, 7 // True, 7.0 % True)
for x, y in [(1.0, 0), (1, 0.0), (0.0, 0.0), (-1.0, -0.0)]:
    for op in ("//", "%", "/"):
        try:
            eval(f"x {op} y")
        except ZeroDivisionError as e:
            print(op, e)
