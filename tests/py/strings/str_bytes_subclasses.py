# Subclasses of str, bytes and bytearray: operators, results' types, hashing
class S(str): pass
class Y(bytes): pass
class B(bytearray): pass
def t(f):
    try:
        r = f()
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: S('a') + 'b'); t(lambda: 'b' + S('a')); t(lambda: S('ab') * 2); t(lambda: S('ab')[0]); t(lambda: len(S('ab'))); t(lambda: 'a' in S('ab')); t(lambda: S('%s') % 1)
t(lambda: Y(b'a') + b'b'); t(lambda: Y(b'ab')[0]); t(lambda: B(b'ab') + b'c'); t(lambda: B(b'ab')); t(lambda: S('x').upper()); t(lambda: str.__add__('a', 'b')); t(lambda: bytes.__add__(b'a', b'b')); t(lambda: str.__mul__('a', 3)); t(lambda: str.__mod__('%s', 1)); t(lambda: str.__rmod__('%s', 1)); t(lambda: str.__getitem__('ab', 1)); t(lambda: str.__contains__('ab', 'a')); t(lambda: str.__len__('ab'))
t(lambda: hash(S('a')) == hash('a')); t(lambda: S('a') == 'a'); t(lambda: {S('a'): 1}['a']); t(lambda: str(S('x'))); t(lambda: S('x').__str__())
b = B(b'abc'); b += b'd'; t(lambda: b); b *= 2; t(lambda: b)
