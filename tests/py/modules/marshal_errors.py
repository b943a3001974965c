# marshal's errors: messages and exception types as CPython's.
import marshal


def show(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print("ok", repr(r)[:60])


show(marshal.dumps)
show(marshal.dumps, 1, 2, 3)
show(marshal.dumps, 1, "x")
show(marshal.dumps, 1, 2 ** 70)
show(marshal.dump, 1)
show(marshal.dump, 1, 2, 3, 4)
show(marshal.loads)
show(marshal.loads, "text")
show(marshal.load)
show(marshal.dumps, object())
show(marshal.dumps, [1, object()])
show(marshal.dumps, {1: print})

for typ in (int, float, complex, tuple, list, dict, set, frozenset, str, bytes):
    sub = type("sub", (typ,), {})
    show(marshal.dumps, sub())

deep = []
cur = deep
for i in range(2100):
    cur.append([])
    cur = cur[0]
show(marshal.dumps, deep)
ok = []
cur = ok
for i in range(1990):
    cur.append([])
    cur = cur[0]
print(len(marshal.dumps(ok)))

for data in [b"", b"i\x01\x00", b"\xff", b"?", b"0", b"l\x02\x00\x00\x00\x00\x00\x00\x00",
             b"l\x01\x00\x00\x00\x00\x80", b"s\x05\x00\x00\x00ab", b"s\xff\xff\xff\xff",
             b"r\x00\x00\x00\x00", b"[\x01\x00\x00\x000", b"(\x01\x00\x00\x000", b"<\x01\x00\x00\x000",
             b"{N", b"{NN0", b"f\x03abc", b"f\x031.5", b"x\x011\x03inf", b"u\x02\x00\x00\x00\xc3\xa9",
             b"z\x05hi", b"S", b"I\x01\x02\x03\x04\x05\x06\x07\x08", b")\x02NN", b"g\x00\x00"]:
    show(marshal.loads, data)

show(marshal.loads, b")\x01" * 3000 + b"N")
show(marshal.loads, b"[\x01\x00\x00\x00" * 3000 + b"N")
show(marshal.loads, bytearray(b"i\x05\x00\x00\x00"))
show(marshal.loads, memoryview(b"N"))

data = marshal.dumps(("hello", "dolly", None))
for i in range(len(data)):
    try:
        marshal.loads(data[:i])
    except EOFError as e:
        print(i, "EOFError", e)

# No keyword arguments; the functions' signatures.
for f, a, k in [(marshal.dumps, (1,), {"version": 2}), (marshal.loads, (b"N",), {"x": 1}),
                (marshal.load, (), {"file": 1}), (marshal.dump, (1, 2), {"version": 2})]:
    try:
        f(*a, **k)
    except TypeError as e:
        print("TypeError", e)
for f in (marshal.dump, marshal.load, marshal.dumps, marshal.loads):
    print(f.__name__, f.__text_signature__, f.__doc__.splitlines()[0])
