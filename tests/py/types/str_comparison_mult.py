# str concatenation, repetition, comparison, containment and hashing.
print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, "x" * True)
print("a" < "b", "a" < "ab", "B" < "a", "abc" == "abc", "abc" != "abd", "" < "a", "Z" < "z", "é" < "f")
print(sorted(["banana", "Apple", "cherry", "apple", "", "Banana", "a", "aa", "ä"]))
print("ell" in "hello", "" in "", "" in "x", "z" in "hello", "lo" not in "hello")
try:
    1 in "abc"
except TypeError as e:
    print("TypeError", e)
for op in ["'a' + 1", "'a' * 'b'", "'a' * 1.5", "'a' - 'b'", "'a' < 1", "-'a'", "'a' + None", "'%s' % ()"]:
    try:
        eval(op)
    except TypeError as e:
        print(op, "TypeError", e)
try:
    "x" * (2**63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(hash("") == 0, hash("a") == hash("a"), hash("abc"), hash("é"), hash("😀"), hash("hello world"))
s = "abc"
s += "def"
s *= 2
print(s, len(s), s.__len__(), s.__contains__("cd"), s.__getitem__(2), s.__add__("!"), s.__mul__(2), s.__rmul__(2))
print(str.__eq__("a", 1), str.__lt__("a", 1), "a".__ne__("b"), "abc".__hash__() == hash("abc"))
print(max(["b", "ab", "c"]), min("hello"), "".join(sorted("typhon")), list(reversed("abc")))
print(str(), str(None), str(3.0), str([1, "a"]), str((1,)), str({1: "x"}), repr("it's"), repr('say "hi"'), repr("both ' \""))
