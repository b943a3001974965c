# Iteration order of str sets under PYTHONHASHSEED=0 (hash-dependent, but reproducible).
words = ["apple", "banana", "cherry", "date", "elder", "fig", "grape", "honeydew", "kiwi", "lemon"]
s = set(words)
print(list(s))
print({"a", "b", "c", "d", "e"}, {"x", "y", "z"}, set("hello world"))
t = set()
for w in words:
    t.add(w)
    t.add(w.upper())
print(list(t))
t -= set(words[:5])
print(list(t))
print(frozenset(["one", "two", "three"]), {"", " ", "  "})
print({"a" * i for i in range(1, 8)})
print(sorted(s) == sorted(t | set(words[:5]) - {w.upper() for w in words}))
d = dict.fromkeys(words)
print(list(d) == words, list(set(d)) == list(s))
mixed = {1, "1", 2, "2", (1,), ("1",)}
print(mixed)
print(hash("apple"), hash("banana"), hash(""), hash("a"))
