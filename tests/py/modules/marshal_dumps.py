# marshal.dumps of many values at every version, byte for byte, and the round trip.
import marshal


def build():
    # Values built at run time, so none is shared with the code object's constants.
    big = 7 ** 40
    return [
        None, True, False, ..., StopIteration,
        0, 1, -1, 255, 256, 1000, -1000, 2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1,
        2 ** 62, 2 ** 64 + 5, -big, big,
        float(3) / 2, -float(7) / 3, float("inf"), -float("inf"), float(10) ** 100, float(1) / 10, -0.0 * 1,
        complex(1, 2), complex(-0.5, float("inf")),
        "", "a" + "bc", "x" * 300, "caf" + "\xe9", "\u20ac" + "uro", "\U0001f600" + "!", "\ud800" + "x",
        b"", b"by" + b"tes", bytes(range(256)),
        (), (1, "two", float(3)), tuple(range(300)),
        [], [1, [2, [3]]], list(range(10)),
        {}, {"k": 1, 2: "v", (1, 2): [3]},
        set(), {1, 2, 3}, {"b", "a", "c"}, frozenset(), frozenset({4, 5, 6}), frozenset({"x", b"x"}),
        bytearray(b"ba"), memoryview(b"mv"),
    ]


for version in range(5):
    print("version", version)
    for v in build():
        data = marshal.dumps(v, version)
        back = marshal.loads(data)
        same = back == v or (v != v) or isinstance(v, (bytearray, memoryview)) and back == bytes(v)
        shown = sorted(map(repr, v)) if isinstance(v, (set, frozenset)) else type(v).__name__ if isinstance(v, memoryview) else repr(v)[:40]
        print(shown, data.hex()[:120], len(data), type(back).__name__, same)

# The default version is the newest.
print(marshal.version, marshal.dumps([1, 2]) == marshal.dumps([1, 2], marshal.version))
print(marshal.dumps(5, -1).hex(), marshal.dumps(5, 100).hex())

# Interned names.
import sys
name = sys.intern("some_name")
print(marshal.dumps(name).hex(), marshal.dumps(name, 2).hex(), marshal.dumps([name, name], 3).hex())
s = marshal.loads(marshal.dumps(name))
print(s is name)

# Sets are written in the order of their items' own marshal bytes.
print(marshal.dumps({3, 1, 2, -5, 1000, 2 ** 40}).hex())
print(marshal.dumps({"pear", "apple", "fig", b"apple"}).hex())
print(marshal.dumps(frozenset({(1, 2), (0, 9), ("a",)})).hex())
