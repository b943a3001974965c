# f-strings: expressions, conversions, nesting, debugging
name = "World"
n = 42
items = [1, 2, 3]
d = {"key": "val"}
print(f"Hello, {name}!")
print(f"{n + 1} {n * 2} {n // 5} {n % 5}")
print(f"{items[0]} {items[-1]} {len(items)} {d['key']}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'café'!a} {'tab	'!r}")
print(f"{{literal braces}} {{{n}}}")
print(f"{n=}")
print(f"{n = }")
print(f"{name=!s} {n*2=} {items[1:]=}")
print(f"{3.14159=:.2f}")
print(f"{'nested ' + f'{n:>5}'}")
width = 8
print(f"[{name:>{width}}] [{name:<{width}}] [{name:^{width}}]")
print(f"[{n:{'0'}{width}d}]")
print(f"{'a' if n > 40 else 'b'}")
print(f"{(lambda x: x * 2)(21)}")
print(f"{[x * x for x in range(4)]}")
print(f"{', '.join(map(str, items))}")
print(f"{n:#x} {n:#o} {n:#b} {n:x} {n:X}")
print(f"""multi
line {name}""")
print(rf"raw \n {name}", fr"{n}\t")
print(f"{None} {True} {3.0} {1e20} {-0.0}")
class P:
    def __format__(self, spec):
        return f"P[{spec}]"
print(f"{P()} {P():xyz} {P():>5}")
print(f"{n:{width}}|{n:<{width}}|")
obj = {"a": {"b": [10, 20]}}
print(f"{obj['a']['b'][1]}")
x = 5
print(f"{x:>{x}}|{x!r:>3}|")
print(f"{'}'}{'{'}")
print(f"{3 > 2}, {not True}, {x if x else 0}")
print(f"{'%s' % 'percent'} {'%d' % 7}")
print(f'{"double in single"}', f"{'single in double'}")
print(f"{name}" f" concatenated " f"{n}" "plain")
print(type(f"").__name__, f"" == "")
