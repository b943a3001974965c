import json
obj = {"a": [1, 2.5, None, True], "b": {"c": "é\n"}, "d": []}
s = json.dumps(obj); print(s, json.loads(s) == obj)
print(json.dumps(obj, indent=2, sort_keys=True))
print(json.dumps(obj, ensure_ascii=False, separators=(",", ":")))
print(json.loads('[1, 2e3, -0.5, "\\u00e9", {"x": null}]'))
print(json.dumps(float("inf")), json.dumps("\u2603"), json.dumps((1, 2)))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1}}, cls=E))
print(json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())), json.loads("1.5", parse_float=str))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print("JSONDecodeError", e, e.pos)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", e)
