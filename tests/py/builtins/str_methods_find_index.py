# str.find, rfind, index, rindex, count, startswith, endswith, in
s = "hello world, hello universe"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""), s.find("", 100))
print(s.rfind("hello"), s.rfind("o"), s.rfind("hello", 0, 10), s.rfind("", 5))
print(s.find("o", 5, 8), s.find("o", -5), s.find("o", 5, -5), s.find("h", -100))
print(s.index("world"), s.rindex("l"), s.index("o", 5))
try:
    s.index("missing")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("missing")
except ValueError as e:
    print(type(e).__name__, e)
print(s.count("l"), s.count("hello"), s.count(""), "".count(""), s.count("l", 0, 5))
print("aaaa".count("aa"), "abababa".count("aba"), "abc".count("abcd"))
print(s.startswith("hello"), s.startswith("world"), s.startswith("world", 6), s.startswith(("x", "he")))
print(s.endswith("universe"), s.endswith("hello", 0, 5), s.endswith(("a", "e")), s.endswith(""))
print("".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4), "abc".startswith("abc", -3))
try:
    s.startswith(["hello"])
except TypeError as e:
    print(type(e).__name__, e)
print("world" in s, "World" in s, "" in s, s.lower().find("WORLD".lower()))
print("日本語テキスト".find("テ"), "日本語".index("語"), "ééé".count("é"))
def find_all(text, sub):
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + 1)
    return out
print(find_all(s, "o"), find_all("aaaa", "aa"))
print(s.find("l", 3, 3), s.find("l", 4, 3), "abc".find("c", None, None), "abc".find("a", None, 0))
print("abc".rfind("c", -1), "abc".rfind("a", -1), "x".rindex("x"))
