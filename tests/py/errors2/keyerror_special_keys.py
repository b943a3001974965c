# KeyError's message is the repr of the key: an empty tuple, a string with quotes, a frozenset.
d = {(): "empty tuple", "it's": "quote", frozenset({1}): "fs"}
print(d[()], d["it's"], d[frozenset({1})])
for key in [(), "it's"]:
    print(repr(key), key in d)
try:
    d[(1,)]
except KeyError as e:
    print("caught", e)
del d[()]
print(sorted(map(str, d)))
print(d[()])
