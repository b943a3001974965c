import pprint
data = {"name": "x" * 30, "items": list(range(30)), "nested": {"a": [1, {"b": (2, 3)}], "z": None}, "set": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
pprint.pprint(data, depth=1)
print(pprint.pformat([1, 2], indent=4), pprint.isreadable([1]), pprint.isrecursive([1]), pprint.saferepr("x"))
r = [1]; r.append(r); print(pprint.pformat(r).split("id=")[0], pprint.isrecursive(r))
pprint.pprint({"b": 1, "a": 2}, sort_dicts=False)
pp = pprint.PrettyPrinter(width=20); pp.pprint(["alpha", "beta", "gamma", "delta"])
pprint.pp({"long": "string " * 10})
