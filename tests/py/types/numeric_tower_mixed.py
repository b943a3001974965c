# Mixed-type arithmetic between bool, int, float and complex: result types and values.
vals = [True, 3, -2**65, 2.5, -0.0, 1 + 2j]
ops = ["+", "-", "*", "/", "//", "%", "**"]
for a in vals:
    for b in vals:
        row = []
        for op in ops:
            try:
                r = eval(f"a {op} b")
                row.append(f"{type(r).__name__}:{r!r}" if not isinstance(r, complex) or op != "**" else type(r).__name__)
            except (ZeroDivisionError, TypeError, OverflowError) as e:
                row.append(type(e).__name__)
        print(repr(a), repr(b), row)
print(1 == 1.0 == 1 + 0j == True, 2**65 == float(2**65), (2**65) * 1.0, 10**20 / 10**10, 3 / 2.0, 3 // 2.0, -3 // 2)
print(abs(-2), abs(-2.5), abs(3 + 4j), abs(-True), abs(-0.0), divmod(-7, 2.0), pow(2, 0.5) ** 2)
