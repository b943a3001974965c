# match statement: literals, captures, wildcards, or-patterns, guards
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case int(n) if n > 100:
            return f"big int {n}"
        case str() as s if len(s) > 3:
            return f"long string {s!r}"
        case other:
            return f"other {other!r}"

for v in [0, 2, "hello", True, None, -1, 1.5, 500, "abcdef", "ab", 50, 1.0]:
    print(repr(v), "->", describe(v))

def http(status):
    match status:
        case 200 | 201 | 204:
            return "ok"
        case 301 | 302 as code:
            return f"redirect {code}"
        case 404:
            return "not found"
        case _ if 500 <= status < 600:
            return "server error"
        case _:
            return "unknown"

print([http(s) for s in (200, 302, 404, 503, 999)])

class Color:
    RED = "red"
    GREEN = "green"

def color_name(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
    return "no match"

print(color_name("red"), color_name("green"), color_name("blue"))

x = "captured?"
match 99:
    case x:
        pass
print(x)

match 5:
    case 6:
        print("six")
print("no case matched, no error")

def bools(v):
    match v:
        case False:
            return "False literal"
        case 0:
            return "zero"
    return "none"
print(bools(0), bools(False), bools(0.0))
