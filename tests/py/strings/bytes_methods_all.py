# Every bytes method, bytes(), % formatting, hex/fromhex, subclasses and __bytes__
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = b'Hello, World'
t(lambda: b.upper()); t(lambda: b.lower()); t(lambda: b.swapcase()); t(lambda: b.title()); t(lambda: b.capitalize()); t(lambda: b'abc\xe9'.upper())
t(lambda: b.find(b'o')); t(lambda: b.find(111)); t(lambda: b.rfind(b'o')); t(lambda: b.index(b'z')); t(lambda: b.count(b'l')); t(lambda: b.count(b'')); t(lambda: b.find('a')); t(lambda: b.find(300)); t(lambda: b.find(1.5)); t(lambda: b.rindex(b'l', 0, 4))
t(lambda: b.startswith(b'Hell')); t(lambda: b.startswith((b'x', b'H'))); t(lambda: b.endswith(bytearray(b'ld'))); t(lambda: b.startswith('a')); t(lambda: b.startswith(('a',))); t(lambda: b.endswith([b'a']))
t(lambda: b'  a b  c '.split()); t(lambda: b'a,b,,c'.split(b',', 2)); t(lambda: b'a,b,,c'.rsplit(b',', 2)); t(lambda: b'a b'.rsplit(None, 1)); t(lambda: b'a'.split(b'')); t(lambda: b'a'.split('a')); t(lambda: b'x\r\ny\rz\x0b'.splitlines()); t(lambda: b'x\r\ny'.splitlines(True))
t(lambda: b','.join([b'a', bytearray(b'b'), memoryview(b'c') if False else b'c'])); t(lambda: b'a'.join([1])); t(lambda: b'a'.join(['x'])); t(lambda: b''.join([])); t(lambda: b'a'.join(1))
t(lambda: b'  x  '.strip()); t(lambda: b'xxaxx'.strip(b'x')); t(lambda: b'xxaxx'.lstrip(b'x')); t(lambda: b'xxaxx'.rstrip(bytearray(b'x'))); t(lambda: b'a'.strip('a')); t(lambda: b'a'.strip(1))
t(lambda: b'aaa'.replace(b'a', b'b')); t(lambda: b'aaa'.replace(b'a', b'b', 2)); t(lambda: b'abc'.replace(b'', b'-')); t(lambda: b'abc'.replace(b'', b'-', 2)); t(lambda: b'a'.replace('a', b'')); t(lambda: b'abc'.replace(b'bc', b''))
t(lambda: b'abc'.partition(b'b')); t(lambda: b'abc'.partition(b'x')); t(lambda: b'abcb'.rpartition(b'b')); t(lambda: b'a'.partition(b'')); t(lambda: b'a'.partition('a'))
t(lambda: b'ab'.center(5, b'*')); t(lambda: b'ab'.center(6)); t(lambda: b'a'.ljust(3)); t(lambda: b'a'.rjust(3, b'0')); t(lambda: b'a'.center(3, 'x')); t(lambda: b'a'.center(3, b'xy')); t(lambda: b'-42'.zfill(6)); t(lambda: b'a\tb\nc\td'.expandtabs(4))
for x in [b'', b'abc', b'ABC', b'Abc', b'Ab Cd', b'123', b'a1', b' \t', b'\xe9', b'A']:
    print(repr(x), x.isalpha(), x.isalnum(), x.isdigit(), x.islower(), x.isupper(), x.istitle(), x.isspace(), x.isascii())
t(lambda: b'abc'[1]); t(lambda: b'abc'[-1]); t(lambda: b'abc'[5]); t(lambda: b'abc'[1:]); t(lambda: b'abcdef'[::2]); t(lambda: b'abcdef'[::-1]); t(lambda: b'abc'['x'])
t(lambda: 98 in b'abc'); t(lambda: b'b' in b'abc'); t(lambda: 'a' in b'a'); t(lambda: 300 in b'a'); t(lambda: b'a' + b'b'); t(lambda: b'a' + bytearray(b'b')); t(lambda: b'a' + 'a'); t(lambda: b'ab' * 3); t(lambda: b'a' * -1)
t(lambda: b'a' < b'b'); t(lambda: b'a' == 'a'); t(lambda: b'a' < 'a'); t(lambda: b'a' == bytearray(b'a')); t(lambda: bytearray(b'a') < b'b'); t(lambda: hash(b'abc')); t(lambda: hash(b''))
t(lambda: bytes(3)); t(lambda: bytes([1, 2])); t(lambda: bytes(range(3))); t(lambda: bytes('é', 'latin-1')); t(lambda: bytes(-1)); t(lambda: bytes('a')); t(lambda: bytes(1.5)); t(lambda: bytes([256])); t(lambda: bytes([1.5])); t(lambda: bytes(b'a', 'utf-8'))
t(lambda: bytes('a', 1)); t(lambda: bytes(x=1)); t(lambda: bytes('a', errors='strict')); t(lambda: bytes(encoding='ascii')); t(lambda: bytes(bytearray(b'xy'))); t(lambda: bytes((1, 2))); t(lambda: bytes(iter([65, 66])))
t(lambda: b'\x01\xff'.hex()); t(lambda: b'abcdef'.hex(':', 2)); t(lambda: b'abcdef'.hex(':', -4)); t(lambda: b'abcdef'.hex(b'-', 4)); t(lambda: b'abc'.hex('::')); t(lambda: b'ab'.hex('é')); t(lambda: b'abc'.hex(1)); t(lambda: b'a'.hex(':', 0))
t(lambda: bytes.fromhex('01 ff')); t(lambda: bytes.fromhex('zz')); t(lambda: bytes.fromhex('a')); t(lambda: bytes.fromhex('0 1')); t(lambda: bytes.fromhex(1)); t(lambda: bytearray.fromhex('6162'))
t(lambda: bytes.maketrans(b'ab', b'xy')[97:99]); t(lambda: b'abc'.translate(bytes.maketrans(b'ab', b'xy'))); t(lambda: b'abc'.translate(None, b'b')); t(lambda: b'a'.translate(b'x')); t(lambda: b'abc'.translate(None, delete=b'a'))
t(lambda: b'%s %d %x %r %a %c %c' % (b'x', 3, 255, 'é', 'é', 65, b'B')); t(lambda: b'%5.2f|%-5d|%05d' % (1.5, 3, -3)); t(lambda: b'%s' % 'a'); t(lambda: b'%(a)s' % {b'a': b'1'}); t(lambda: b'%c' % 256); t(lambda: b'%c' % 'a')
t(lambda: b'%s %s' % {b'a': 1}); t(lambda: b'%s' % (b'a', b'b')); t(lambda: b'%' % ()); t(lambda: b'%y' % 1); t(lambda: b'%b' % bytearray(b'z')); t(lambda: b'%x' % 'a'); t(lambda: b'%f' % 'a'); t(lambda: b'%#x' % 255); t(lambda: b'%+05d' % 3)
t(lambda: b'ab'.removeprefix(b'a')); t(lambda: b'ab'.removesuffix(b'b')); t(lambda: b'ab'.removeprefix('a')); t(lambda: b'a'.decode()); t(lambda: b'\xff'.decode()); t(lambda: b'a'.decode('foo'))
t(lambda: list(b'ab')); t(lambda: type(iter(b'')).__name__); t(lambda: b'ab'.__getnewargs__()); t(lambda: b'a'.__bytes__())
import sys
t(lambda: [sys.getsizeof(x) for x in [b'', b'a', b'abc']])
class Y(bytes): pass
t(lambda: Y(b'x')); t(lambda: type(Y(b'a') + b'')); t(lambda: Y(b'a') == b'a'); t(lambda: hash(Y(b'abc')) == hash(b'abc')); t(lambda: type(Y(b'a').__bytes__())); t(lambda: type(Y.fromhex('61')))
class Z:
    def __bytes__(self): return b'zz'
t(lambda: bytes(Z())); t(lambda: b'%s' % Z())
