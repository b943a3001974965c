# _json used directly: scanstring, make_scanner, make_encoder, encode_basestring(_ascii),
# with positions and messages as CPython's (json.decoder.JSONDecodeError is stood in for
# by a copy of its definition, registered in sys.modules as the C code expects).
import sys
import _json

class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno
    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

def err(label, f, *a, **k):
    try:
        print(label, "->", repr(f(*a, **k)))
    except JSONDecodeError as e:
        print(label, "-> JSONDecodeError", e, e.pos, e.lineno, e.colno)
    except StopIteration as e:
        print(label, "-> StopIteration", e.value)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

# Without json.decoder in sys.modules, a decoding error cannot be raised.
err("no decoder module", _json.scanstring, '"abc', 1)
mod = type(sys)("json.decoder")
mod.JSONDecodeError = JSONDecodeError
sys.modules["json.decoder"] = mod

S = _json.scanstring
for s, end in [('"abc"', 1), ('"a\\nb\\t\\"q\\"\\\\ \\/"', 1), ('x"hello" tail', 2), ('"\\u00e9\\u4e2d"', 1),
               ('"\\ud83d\\ude00!"', 1), ('"\\ud83d x"', 1), ('"\\ud83d\\u0041"', 1), ('"\\uDC00"', 1),
               ('"é😀ü" + 1', 1), ('"😀\\n😀" rest', 1), ('""', 1), ('"abc"', 5), ('"abc"', 4)]:
    err("scanstring %r %d" % (s, end), S, s, end)
for s, end in [('"abc', 1), ('"a\nb"', 1), ('"a\\x"', 1), ('"\\u12"', 1), ('"\\u12G4"', 1), ('"\\ud800\\u12G4"', 1),
               ('"ab\\', 1), ('"😀\\q"', 1), ('"\x1f"', 1), ('abc', 10), ('abc', -1), ('"abc\\u00"', 1)]:
    err("scanstring %r %d" % (s, end), S, s, end)
err("strict False", S, '"a\nb\x01"', 1, False)
err("strict 0", S, '"a\tb"', 1, 0)
err("scanstring bytes", S, b'"a"', 1)
err("scanstring 1 arg", S, '"a"')
err("scanstring 4 args", S, '"a"', 1, 1, 1)
err("scanstring str end", S, '"a"', "1")
err("scanstring strict str", S, '"a"', 1, "x")
err("scanstring strict big", S, '"a"', 1, 2**40)
err("scanstring kw", S, '"a"', end=1)

print(_json.encode_basestring_ascii('plain'), _json.encode_basestring_ascii('q"b\\s/\b\f\n\r\t\x00\x1f\x7f'))
print(_json.encode_basestring_ascii('é中😀\ud800'), _json.encode_basestring('é中😀\x01"\\'))
print(_json.encode_basestring(''), _json.encode_basestring_ascii(''))
err("ebs int", _json.encode_basestring, 5)
err("ebsa bytes", _json.encode_basestring_ascii, b"x")
class S2(str): pass
print(_json.encode_basestring_ascii(S2("sub\n")))

# the scanner, given a context object like json.JSONDecoder
class Ctx:
    def __init__(self, **kw):
        self.strict = True
        self.object_hook = None
        self.object_pairs_hook = None
        self.parse_float = float
        self.parse_int = int
        self.parse_constant = {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}.__getitem__
        self.__dict__.update(kw)

scan = _json.make_scanner(Ctx())
print(type(scan).__name__, type(scan).__module__, scan.strict, scan.object_hook, scan.parse_float, scan.parse_int)
docs = ['{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d"}}', '[]', '{}', '  [ 1 , 2 ]  ', '"x"', '123', '-0',
        '0.5', '1E+3', '1e-3', '12.5e', '1.', '-', '01', '[NaN, Infinity, -Infinity]', 'nul', 'tru', 'fals', 'N', '-I',
        '12345678901234567890123', '3.141592653589793238462643383279', '1e400', '-1e-400', '[1,]', '[1 2]', '[',
        '{"a" 1}', '{"a": 1,}', '{1: 2}', '{"a": 1 "b": 2}', '{', '{"a":', '[1, {"x": [true]}, "s"]', ' ',
        '{"k": 1, "k": 2}', '["\u00e9\u2603\U0001f600", 7]', '[-', '[-x]', '{"a"', '[1e5.5]']
for d in docs:
    for idx in (0, 1, 2):
        if idx < len(d) + 1:
            err("scan %r @%d" % (d, idx), scan, d, idx)
err("scan negative idx", scan, "1", -1)
err("scan idx past end", scan, "1", 5)
err("scan bytes", scan, b"1", 0)
err("scan kw", scan, string="[1]", idx=0)
err("scan missing", scan, "[1]")
err("scan extra kw", scan, "[1]", 0, x=1)
err("scan idx str", scan, "1", "0")

# hooks and custom number parsers
pairs = _json.make_scanner(Ctx(object_pairs_hook=lambda p: ("pairs", p)))
print(pairs('{"a": 1, "b": {"c": 2}}', 0))
hook = _json.make_scanner(Ctx(object_hook=lambda d: sorted(d.items())))
print(hook('[{"b": 1, "a": 2}, {}]', 0))
both = _json.make_scanner(Ctx(object_hook=len, object_pairs_hook=list))
print(both('{"a": 1}', 0))
nums = _json.make_scanner(Ctx(parse_float=lambda s: ("F", s), parse_int=lambda s: ("I", s), parse_constant=lambda s: ("C", s)))
print(nums('[1, 2.0, -3e1, NaN, -Infinity, 0]', 0))
lax = _json.make_scanner(Ctx(strict=False))
print(lax('"a\tb\nc"', 0), lax.strict)
bad = _json.make_scanner(Ctx(parse_int=lambda s: 1 / 0))
err("parse_int raises", bad, "[5]", 0)
keys = scan('[{"same": 1}, {"same": 2}]', 0)[0]
print(keys, list(keys[0])[0] is list(keys[1])[0])
class NoAttrs: pass
err("make_scanner no attrs", _json.make_scanner, NoAttrs())
err("make_scanner no args", _json.make_scanner)
err("make_scanner 2 args", _json.make_scanner, 1, 2)
class BadBool:
    def __bool__(self): raise ValueError("bool!")
err("make_scanner bad strict", _json.make_scanner, Ctx(strict=BadBool()))
deep = "[" * 5000 + "]" * 5000
err("deep array", lambda: type(scan(deep, 0)))
deep = '{"a":' * 5000 + '1' + '}' * 5000
err("deep object", lambda: type(scan(deep, 0)))

# the encoder
def enc(obj, markers=None, default=None, encoder=_json.encode_basestring_ascii, indent=None, kse=": ",
        ise=", ", sort_keys=False, skipkeys=False, allow_nan=True):
    if default is None:
        def default(o):
            raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')
    e = _json.make_encoder(markers, default, encoder, indent, kse, ise, sort_keys, skipkeys, allow_nan)
    return e(obj, 0)

print(enc([1, 2.5, "s", None, True, False, {"k": [()]}, (1, 2)]))
print(enc({"b": 1, "a": 2, 3: 4, 2.5: 5, True: 6, None: 7, False: 8}))
print(enc({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))
print(enc({"a": 1, (1, 2): 2, "c": 3}, skipkeys=True))
err("bad key", enc, {(1, 2): 2})
err("sort mixed", enc, {"a": 1, 2: 3}, sort_keys=True)
print(enc([float("inf"), float("-inf"), float("nan"), 1e300, -0.0, 1e-7, 123456789012345678901234567890]))
err("allow_nan False", enc, [1, float("nan")], allow_nan=False)
err("allow_nan key", enc, {float("inf"): 1}, allow_nan=False)
print(enc({"é": "ü😀"}), enc({"é": "ü😀"}, encoder=_json.encode_basestring))
print(enc([1, [2, [3]]], kse="=", ise=";"))
print(enc("top"), enc(5), enc(2.0), enc(None), enc([]), enc({}), enc(()))
class MyInt(int):
    def __repr__(self): return "MyInt!"
class MyFloat(float):
    def __repr__(self): return "MyFloat!"
class MyStr(str): pass
class MyList(list): pass
class MyDict(dict):
    def items(self): return [("fixed", 1)]
print(enc([MyInt(5), MyFloat(2.5), MyStr("x"), MyList([1]), MyDict(a=2), {MyInt(3): MyFloat(1.0)}]))
print(enc({"d": MyDict(a=2)}))
class Pt:
    def __init__(self, x): self.x = x
print(enc([Pt(1), Pt(2)], default=lambda o: {"x": o.x}))
err("not serializable", enc, [Pt(1)])
m = {}
print(enc([{"a": [1]}, [2]], markers=m), m)
a = [1]; a.append(a)
err("circular list", enc, a, markers={})
d = {}; d["self"] = d
err("circular dict", enc, d, markers={})
err("circular default", enc, Pt(1), markers={}, default=lambda o: o)
err("markers bad", enc, [1], markers=[])
err("separator not str", enc, [1], kse=5)
err("item separator not str", enc, [1], ise=None)
print(enc([1, 2], encoder=lambda s: "<" + s + ">"), enc({"k": "v"}, encoder=lambda s: s.upper()))
err("encoder returns int", enc, ["x"], encoder=lambda s: 5)
err("default raises", enc, [Pt(1)], default=lambda o: 1 / 0)
class BadItems(dict):
    def items(self): return [1, 2]
err("items not pairs", enc, BadItems(a=1))
e = _json.make_encoder(None, str, _json.encode_basestring, 4, ": ", ", ", True, False, True)
print(type(e).__name__, e.markers, e.default, e.encoder is _json.encode_basestring, e.indent, e.key_separator,
      e.item_separator, e.sort_keys, e.skipkeys)
print(e({"b": [1, {}], "a": None}, 0), e([1], 3))
err("encoder call kw", e, obj=[1], _current_indent_level=0)
err("encoder call missing", e, [1])
err("encoder call str level", e, [1], "x")
err("make_encoder few", _json.make_encoder, None, str)
err("make_encoder kw", lambda **k: type(_json.make_encoder(**k)).__name__, markers=None, default=str, encoder=str, indent=None, key_separator=":",
    item_separator=",", sort_keys=False, skipkeys=False, allow_nan=True)
big = list(range(50001))
out = enc(big)
print(len(out), [len(x) for x in out])
deep = []
for _ in range(3000):
    deep = [deep]
err("deep encode", lambda: len(enc(deep)))
print(sorted(n for n in dir(_json) if not n.startswith("__")))
