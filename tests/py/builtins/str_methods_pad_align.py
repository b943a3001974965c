# center, ljust, rjust, zfill
for w in [5, 10, 11]:
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)))
print(repr("abc".center(8, "*")), repr("abcd".center(9, "-")), repr("ab".center(5, ".")), repr("a".center(4, "=")))
print(repr("abc".center(2)), repr("abc".ljust(-1)), repr("".center(3, "x")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(3), "-".zfill(3))
print("3.14".zfill(8), "-0.5".zfill(6), "++1".zfill(5))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".ljust("5")
except TypeError as e:
    print(type(e).__name__, e)
rows = [("apple", 1.5, 10), ("banana", 0.25, 150), ("kiwi", 12.0, 3)]
for name, price, qty in rows:
    print(name.ljust(8) + "|" + f"{price:.2f}".rjust(7) + "|" + str(qty).center(5) + "|")
print("title".center(21, "="))
print("日本".center(6, "*"), "é".rjust(3, "·"))
