# Dict errors: missing keys (incl. tuple keys), unhashable keys, bad constructors, pop/popitem/setdefault.
d = {"a": 1, (1, 2): "t"}
for stmt in ["d['zz']", "d[(3, 4)]", "d[(1,)]", "d[[1]]", "d[{}] = 1", "d.pop('nope')", "{}.popitem()",
             "d.setdefault([], 1)", "dict([1, 2])", "dict([(1, 2, 3)])", "dict(['ab', 'c'])", "dict(1)", "dict({}, {})",
             "del d['missing']", "d.get()", "d.get(1, 2, 3)", "dict.fromkeys()", "d.update(1)", "d.update([1])",
             "d.pop()", "{1: 2}.keys() - 5", "d[()]", "d[None]", "d[1.5]", "d[frozenset({1})]"]:
    try:
        print(stmt, eval(stmt) if not stmt.startswith(("d[{}]", "del")) else exec(stmt))
    except (KeyError, TypeError, ValueError) as e:
        print(stmt, type(e).__name__, repr(e), e)
print(d.pop("nope", "default"), d.get("zz"), d.get("zz", 0), d.setdefault("new"), d)
class M(dict):
    def __missing__(self, key):
        return f"missing {key!r}"
m = M(a=1)
print(m["a"], m["b"], m[(1, 2)], m.get("c"), "b" in m, m)
class K:
    def __hash__(self):
        raise ValueError("no hash today")
try:
    {K(): 1}
except ValueError as e:
    print("ValueError", e)
try:
    d[K()]
except ValueError as e:
    print("ValueError", e)
try:
    {}[0, 1]
except KeyError as e:
    print("KeyError", e, e.args)
try:
    {}[()]
except KeyError as e:
    print("KeyError", e, e.args)
try:
    {}[""]
except KeyError as e:
    print("KeyError", e, e.args)
