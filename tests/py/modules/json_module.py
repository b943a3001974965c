# json through CPython's own Lib/json, which uses the native _json scanner and encoder.
import json, json.decoder, json.encoder, json.scanner
from collections import OrderedDict
class Num:
    def __init__(self, s): self.s = s
    def __repr__(self): return 'Num(%s)' % self.s
    def __str__(self): return 'num:' + self.s

print(json.decoder.c_scanstring is not None, json.scanner.c_make_scanner is not None,
      json.encoder.c_make_encoder is not None, json.encoder.c_encode_basestring_ascii is not None)

def err(label, f, *a, **k):
    try:
        print(label, "->", repr(f(*a, **k)))
    except json.JSONDecodeError as e:
        print(label, "-> JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

doc = '{"name": "x\\u00e9\\n", "list": [1, 2.5, -3e-2, true, false, null], "nested": {"a": {"b": []}}, "big": 123456789012345678901234567890}'
obj = json.loads(doc)
print(obj)
print(json.dumps(obj), json.dumps(obj, sort_keys=True), json.dumps(obj, ensure_ascii=False))
print(json.dumps(obj, separators=(",", ":")), json.dumps([1, {"a": 2}], indent=2))
print(json.dumps({"b": 1, "a": [1, 2]}, indent="\t", sort_keys=True))
print(json.loads('  [1, "two", {"3": 4.0}]  '), json.loads('"\\ud83d\\ude00"'), json.loads("1e400"), json.loads("-0"))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[NaN, Infinity, -Infinity]"))
print(json.loads('{"a": 1.5}', parse_float=Num), json.loads("[1, 2]", parse_int=str), json.loads("[NaN]", parse_constant=str))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads(b'{"bytes": true}'), json.loads('{"x": "a\\tb"}'), json.loads('"a\tb"', strict=False))
print(json.dumps("plain"), json.dumps("é😀\n\x00"), json.dumps("é😀", ensure_ascii=False))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1e16, 0.1, -0.0, 3.0]))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps((1, 2)), json.dumps([]), json.dumps({}))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=E), json.dumps({"d": Num("3/2")}, default=str))
import enum
class Color(enum.IntEnum):
    RED = 1
class F(float):
    def __repr__(self): return "F!"
print(json.dumps([Color.RED, F(2.5), True]), json.dumps({Color.RED: 1}))

bad = ['', ' ', '[', '[1,', '[1,]', '{"a"}', '{"a":}', '{"a" 1}', '{"a": 1,}', '{1: 2}', '"abc', '"\\x"',
       '"\\u12"', '[1 2]', 'nul', 'tru', 'NaN1', '01', '1.', '-', '.5', '[1]x', '{"a": 1} {"b": 2}',
       '"a\nb"', '[\n  1,\n  2\n  3]', '{\n"k": \n}', '\ufeff[1]', '[1e]', '"\\ud83d"', '[' * 3 + ']' * 2]
for b in bad:
    err("loads %r" % b, json.loads, b)
err("loads bytes bad utf", json.loads, b'\xff')
err("loads int", json.loads, 5)
err("dumps set", json.dumps, {1, 2})
err("dumps nan strict", json.dumps, [float("nan")], allow_nan=False)
err("dumps bad key", json.dumps, {(1, 2): 3})
err("dumps mixed sort", json.dumps, {"a": 1, 1: 2}, sort_keys=True)
l = []; l.append(l)
err("dumps circular", json.dumps, l)
d = {}; d["d"] = d
err("dumps circular dict", json.dumps, d)
err("dumps no check", json.dumps, l, check_circular=False)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('  {"a": 1}', 2))
err("raw_decode bad", dec.raw_decode, "x")
print(json.decoder.scanstring('"abc" rest', 1), json.encoder.encode_basestring_ascii("ü"))
deep = "[" * 100000 + "]" * 100000
err("deep loads", lambda: type(json.loads(deep)))
big = {"k%d" % i: [i, str(i), i / 3] for i in range(3000)}
s = json.dumps(big)
print(len(s), json.loads(s) == big, s[:60])
