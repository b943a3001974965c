# str.maketrans in its three forms and str.translate with deletions, str results and errors.
t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc-abc".translate(t1))
t2 = str.maketrans("ab", "AB", "c")
print(sorted(t2.items()), "abcabc".translate(t2))
t3 = str.maketrans({"a": "1", "b": None, "c": "ccc", ord("d"): 68})
print(sorted(t3.items()), "abcd".translate(t3))
print("hello".translate({ord("l"): "L", ord("o"): None}), "hello".translate({}), "hé".translate({233: "e"}))
print("abc".translate([None, None, "z"] * 40), "ABC".translate({65: 66, 66: 67}))
class Table:
    def __getitem__(self, k):
        if k == ord("x"):
            raise LookupError
        return chr(k).upper()
print("mixed".translate(Table()))
for args in [("ab", "x"), (1,), ({"ab": 1},), ({1.5: "x"},)]:
    try:
        str.maketrans(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for table in [{97: 1.5}, {97: 0x110000}, {97: -1}]:
    try:
        "a".translate(table)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("😀a".translate({ord("😀"): "smile-"}), "aaa".translate({97: ""}))
