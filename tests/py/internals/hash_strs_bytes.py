# str/bytes hashes under PYTHONHASHSEED=0 are fixed (siphash13); equal str and bytes hashes differ in kind.
strs = ["", "a", "b", "ab", "abc", "hello", "hello world", "é", "😀", "x" * 100, "\x00", "key0", "key1"]
print([hash(s) for s in strs])
bs = [b"", b"a", b"ab", b"abc", b"hello", b"\x00\xff", b"x" * 100]
print([hash(b) for b in bs])
print(hash(b"abc") == hash("abc"), hash(bytearray(b"abc").decode()) == hash("abc"))
print([hash(s) for s in ["a", "aa", "aaa", "aaaa", "aaaaa", "aaaaaa", "aaaaaaa", "aaaaaaaa"]])
print(hash("ĀĀ"), hash("€"), hash("\U0010ffff"), hash("ÿ"))
