# isdigit, isdecimal, isnumeric, isalpha, isalnum, isspace, isidentifier, isprintable, isascii
samples = ["123", "12.5", "-1", "abc", "abc123", "", " ", "\t\n", "½", "²", "٣", "Ⅻ", "ß", "a b", "_id", "1a", "class", "日本", "\x07", "é"]
print("sample      digit decim numer alpha alnum space ident print ascii")
for s in samples:
    flags = [s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(),
             s.isspace(), s.isidentifier(), s.isprintable(), s.isascii()]
    print(f"{ascii(s):12}", " ".join(f"{str(f)[0]:5}" for f in flags))
print("Hello".isalpha(), "Hello!".isalpha(), "\u00a0".isspace(), "\u200b".isspace())
print("abc".isidentifier(), "2abc".isidentifier(), "a-b".isidentifier(), "ñame".isidentifier())
print("\n".isprintable(), "".isprintable(), " ".isprintable(), "\u3000".isprintable())
print(all(c.isdigit() for c in "2024"), any(c.isupper() for c in "abCd"))
print("٣".isdigit(), int("٣") if "٣".isdigit() else None)
print("".isdigit(), "".isalpha(), "".isspace(), "".isalnum(), "".isdecimal(), "".isnumeric())
print("0123456789".isdecimal(), "1_000".isdigit(), "1.0".isnumeric(), "-5".isdecimal())
print("١٢٣".isdecimal(), "¼".isdigit(), "¼".isnumeric(), "三".isnumeric(), "三".isdigit())
print("\x1c\x1d\x1e\x1f".isspace(), "\x85".isspace(), "\u2028".isspace(), "\x0b\x0c".isspace())
print("_".isidentifier(), "__init__".isidentifier(), "a1_".isidentifier(), "".isidentifier(), "None".isidentifier())
print("℘".isidentifier(), "x²".isidentifier(), "·".isidentifier(), "a·b".isidentifier())
print("tab\there".isprintable(), "©".isprintable(), "\xad".isprintable(), "\u200b".isprintable())
print("abcXYZ".isalpha(), "abc xyz".isalpha(), "Ω".isalpha(), "ª".isalpha(), "ª".islower())
def classify(s):
    if s.isdecimal():
        return "decimal"
    if s.isdigit():
        return "digit"
    if s.isnumeric():
        return "numeric"
    if s.isalpha():
        return "alpha"
    return "other"
print([classify(s) for s in ["7", "⁷", "Ⅶ", "x", "!", "٧", "七"]])
