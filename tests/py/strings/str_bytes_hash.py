# hash() of str (1/2/4-byte forms) and bytes with PYTHONHASHSEED=0, and the dict/set orders they give
strs = ['', 'a', 'ab', 'abcdefgh', 'abcdefghi', 'é', 'ÿÿ', 'ā', '€uro', '😀', 'a😀', 'x' * 100, 'hello world', '\x00', '\ud800', 'ab\udc80']
for s in strs: print(repr(s), hash(s))
for b in [b'', b'a', b'abcdefgh', b'\xff' * 9, bytes(range(50))]: print(b, hash(b))
d = {str(i): i for i in range(20)}
print(list(d)[:5], set('abcdefg') == set('gfedcba'), list({'x', 'y', 'z', 'w'}))
