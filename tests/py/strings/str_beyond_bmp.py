# Strings holding characters beyond the BMP (two UTF-16 code units in a JS string) and lone surrogates
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
s = 'a😀b😁c'
t(lambda: len(s)); t(lambda: s[1]); t(lambda: s[-1]); t(lambda: s[1:3]); t(lambda: s[::2]); t(lambda: s[::-1]); t(lambda: list(s)); t(lambda: s.find('b')); t(lambda: s.find('😁')); t(lambda: s.rfind('c')); t(lambda: s.index('c', 2))
t(lambda: s.find('\ude00')); t(lambda: s.count('\ud83d')); t(lambda: '\ude00' in s); t(lambda: s.split('b')); t(lambda: s.partition('😀')); t(lambda: s.replace('😀', 'X')); t(lambda: s.replace('', '-')); t(lambda: s.replace('', '-', 3))
t(lambda: s.center(9, '😀')); t(lambda: s.ljust(7, '*')); t(lambda: s.zfill(7)); t(lambda: s.strip('ac😁')); t(lambda: s.lstrip('a😀')); t(lambda: s.rstrip('c😁')); t(lambda: s.startswith('😀', 1)); t(lambda: s.endswith('😁', 0, 4)); t(lambda: s.endswith('😁c', 0, 5))
t(lambda: s.upper()); t(lambda: '𐐀𐐨'.lower()); t(lambda: '𐐨'.upper()); t(lambda: s.title()); t(lambda: s.swapcase()); t(lambda: s.isalpha()); t(lambda: '𝟘𝟙'.isdigit()); t(lambda: '𝟘𝟙'.isdecimal()); t(lambda: '𝐀'.isidentifier()); t(lambda: 'a𝐀'.isidentifier())
t(lambda: '%5s|' % s); t(lambda: '%.2s|' % s); t(lambda: '{:>7}|'.format(s)); t(lambda: '{:.3}'.format(s)); t(lambda: s.expandtabs()); t(lambda: ('😀\t').expandtabs(4)); t(lambda: s.translate({0x1f600: 'Q'})); t(lambda: s.encode('utf-16-le'))
t(lambda: s.encode()); t(lambda: s.encode().decode()); t(lambda: s.encode('utf-32').decode('utf-32')); t(lambda: hash(s) == hash('a😀b😁c')); t(lambda: sorted(['\uffff', '😀', '\ue000', 'z'])); t(lambda: '\ud800' < '\uffff'); t(lambda: '😀' > '\uffff')
t(lambda: 'x\udc80y'.encode('utf-8', 'surrogateescape')); t(lambda: b'x\x80y'.decode('utf-8', 'surrogateescape')); t(lambda: len('\ud800')); t(lambda: '\ud800'.isprintable()); t(lambda: repr('\ud800\U0001f600'))
t(lambda: '😀'.center(4)); t(lambda: 'ab'.join(['😀', '😁'])); t(lambda: s.splitlines()); t(lambda: str.maketrans('😀a', 'b😁')); t(lambda: s.count('')); t(lambda: s.find('', 4)); t(lambda: s.rfind(''))
t(lambda: '{0}'.format(s)); t(lambda: f'{s!r:>12}'); t(lambda: s.casefold()); t(lambda: s.rsplit('😀', 1)); t(lambda: s.rpartition('b')); t(lambda: s.removeprefix('a😀'))
import sys
t(lambda: sys.getsizeof(s)); t(lambda: sys.getsizeof('\uffff')); t(lambda: sys.getsizeof('ÿ'))
it = iter(s); next(it); t(lambda: it.__length_hint__()); t(lambda: list(it))
