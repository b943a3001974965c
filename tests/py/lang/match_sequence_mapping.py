# match statement: sequence and mapping patterns
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a},{b}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case [int(), *rest]:
            return f"int head, rest {rest}"
        case [*init, "end"]:
            return f"ends with end, init {init}"
        case _:
            return "other seq"

for v in [[], [1], (1, 2), [3, 4, 3], [1, "x", "y"], ["a", "b", "end"], ["a", "b"], ["q", "r", "s"], "str", range(2)]:
    print(repr(v), "->", seq(v))

def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["take", item, *more]:
            return f"take {item} +{len(more)}"
        case ["quit" | "exit"]:
            return "bye"
        case [("look" | "l"), *_]:
            return "looking"
    return "unknown"

print([cmd(s) for s in ["go north", "go west", "take lamp key", "exit", "l around", ""]])

def mapping(m):
    match m:
        case {"type": "point", "x": x, "y": y}:
            return f"point({x}, {y})"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "any mapping"
    return "not a mapping"

print(mapping({"type": "point", "x": 1, "y": 2, "z": 3}))
print(mapping({"type": "circle", "r": 5, "color": "red"}))
print(mapping({"type": "blob"}))
print(mapping({"other": 1}))
print(mapping([("type", "point")]))

def nested(v):
    match v:
        case {"items": [{"id": i}, *_]}:
            return f"first id {i}"
        case ((a, b), [c, d]):
            return a + b + c + d
    return None

print(nested({"items": [{"id": 7}, {"id": 8}]}), nested(((1, 2), [3, 4])), nested({"items": []}))
