# Every str method, with arguments at the edges and the TypeError/ValueError messages
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = 'Hello, World'
t(lambda: s.upper()); t(lambda: s.lower()); t(lambda: s.swapcase()); t(lambda: s.title()); t(lambda: s.capitalize()); t(lambda: s.casefold())
t(lambda: 'ß'.upper()); t(lambda: 'ΑΣ'.lower()); t(lambda: 'ΑΣ Σ'.lower()); t(lambda: 'ǆa'.title()); t(lambda: 'ﬁ'.title()); t(lambda: "they're bill's".title()); t(lambda: 'İ'.lower()); t(lambda: 'ŉ'.upper())
t(lambda: s.find('o')); t(lambda: s.rfind('o')); t(lambda: s.find('o', 5)); t(lambda: s.find('o', 5, 8)); t(lambda: s.index('W')); t(lambda: s.index('z')); t(lambda: s.rindex('l')); t(lambda: s.count('l')); t(lambda: s.count(''))
t(lambda: 'abc'.find('', 3)); t(lambda: 'abc'.find('', 4)); t(lambda: 'abc'.count('', 4)); t(lambda: 'abc'.rfind('', 1, 2)); t(lambda: s.find(None)); t(lambda: s.find()); t(lambda: s.find('a', 'b'))
t(lambda: s.startswith('Hell')); t(lambda: s.startswith(('x', 'He'))); t(lambda: s.endswith('ld')); t(lambda: s.endswith('ld', 0, 5)); t(lambda: s.startswith(1)); t(lambda: s.startswith((1,))); t(lambda: s.startswith('o', 4)); t(lambda: s.endswith('', 20))
t(lambda: '  a b  c '.split()); t(lambda: 'a b  c '.split(None, 1)); t(lambda: ' a b'.rsplit(None, 1)); t(lambda: 'a,b,,c'.split(',')); t(lambda: 'a,b,,c'.split(',', 2)); t(lambda: 'a,b,,c'.rsplit(',', 2)); t(lambda: 'a'.split('')); t(lambda: 'a'.split(1)); t(lambda: 'axxbxx'.split('xx')); t(lambda: 'a b'.split(maxsplit=0)); t(lambda: 'a b'.split(sep=' ', maxsplit=1))
t(lambda: 'x\r\ny\rz\n\x0bq\x85r\u2028'.splitlines()); t(lambda: 'x\r\ny\r'.splitlines(True)); t(lambda: ''.splitlines()); t(lambda: 'abc'.splitlines(keepends=True))
t(lambda: ','.join(['a', 'b'])); t(lambda: ''.join([])); t(lambda: 'a'.join([1])); t(lambda: 'a'.join(1)); t(lambda: '-'.join('abc')); t(lambda: '-'.join(x for x in 'ab'))
t(lambda: '  x  '.strip()); t(lambda: 'xxaxx'.strip('x')); t(lambda: 'xxaxx'.lstrip('x')); t(lambda: 'xxaxx'.rstrip('x')); t(lambda: 'a'.strip(1)); t(lambda: '\t\n x\x1c'.strip())
t(lambda: 'aaa'.replace('a', 'b')); t(lambda: 'aaa'.replace('a', 'b', 2)); t(lambda: 'abc'.replace('', '-')); t(lambda: 'abc'.replace('', '-', 2)); t(lambda: ''.replace('', 'x')); t(lambda: 'a'.replace(1, 2)); t(lambda: 'a'.replace('a', 'b', 1.0))
t(lambda: 'abc'.partition('b')); t(lambda: 'abc'.partition('x')); t(lambda: 'abcb'.rpartition('b')); t(lambda: 'abc'.rpartition('x')); t(lambda: 'a'.partition(''))
t(lambda: 'ab'.center(5, '*')); t(lambda: 'ab'.center(6, '*')); t(lambda: 'abc'.center(6, '*')); t(lambda: 'a'.ljust(3)); t(lambda: 'a'.rjust(3, '0')); t(lambda: 'a'.center(5, 'xy')); t(lambda: 'a'.center(5, 3)); t(lambda: 'a'.center('x'))
t(lambda: '-42'.zfill(6)); t(lambda: '+x'.zfill(4)); t(lambda: 'x'.zfill(-1)); t(lambda: '42'.zfill(5))
t(lambda: 'a\tbc\td\n\tx'.expandtabs()); t(lambda: 'a\tb'.expandtabs(0)); t(lambda: 'a\tb'.expandtabs(tabsize=3)); t(lambda: 'a\tb'.expandtabs(-3))
for x in ['', 'abc', 'ABC', 'Abc', 'Ab Cd', 'AB', '123', '½', '٣', '²', 'a1', ' \t', 'é', '_x1', '1x', 'def', '\x7f', 'a b', 'Ǆ', 'ǅ']:
    print(repr(x), x.isalpha(), x.isalnum(), x.isdigit(), x.isdecimal(), x.isnumeric(), x.islower(), x.isupper(), x.istitle(), x.isspace(), x.isidentifier(), x.isprintable(), x.isascii())
t(lambda: 'abc'[1]); t(lambda: 'abc'[-1]); t(lambda: 'abc'[5]); t(lambda: 'abc'[1:]); t(lambda: 'abcdef'[::2]); t(lambda: 'abcdef'[::-1]); t(lambda: 'abc'['x']); t(lambda: 'abc'[1.0])
t(lambda: 'a' in 'abc'); t(lambda: '' in 'abc'); t(lambda: 1 in 'abc'); t(lambda: 'a' + 'b'); t(lambda: 'a' + 1); t(lambda: 'ab' * 3); t(lambda: 3 * 'ab'); t(lambda: 'a' * -1); t(lambda: 'a' * 'b')
t(lambda: 'a' < 'b'); t(lambda: 'b' <= 'a'); t(lambda: 'abc' == 'abc'); t(lambda: 'a' < 1); t(lambda: '\uffff' < '\U00010000'); t(lambda: sorted(['b', 'a', '\U0001f600', '\uffff']))
t(lambda: len('abc')); t(lambda: list('abc')); t(lambda: list(iter('héllo'))); t(lambda: type(iter('abc')).__name__); t(lambda: type(iter('é')).__name__)
t(lambda: str(1)); t(lambda: str()); t(lambda: str(b'ab')); t(lambda: str(b'ab', 'ascii')); t(lambda: str(b'\xff', 'utf-8')); t(lambda: str(b'\xff', 'utf-8', 'replace')); t(lambda: str('a', 'utf-8')); t(lambda: str(1, 'utf-8'))
t(lambda: str(object='x')); t(lambda: str(x=1)); t(lambda: str(b'', 'foo'))
t(lambda: 'abc'.removeprefix('a')); t(lambda: 'abc'.removesuffix('c')); t(lambda: 'abc'.removeprefix(1))
t(lambda: str.maketrans('ab', 'xy')); t(lambda: str.maketrans('ab', 'xy', 'c')); t(lambda: str.maketrans({'a': 'b', 98: None})); t(lambda: 'abcabc'.translate(str.maketrans('ab', 'xy', 'c')))
t(lambda: 'abc'.translate({97: 'AA', 98: None})); t(lambda: 'a'.translate({97: 2**40})); t(lambda: 'a'.translate({97: 1.0})); t(lambda: str.maketrans(1)); t(lambda: str.maketrans({'ab': 1})); t(lambda: str.maketrans('a', 'bc'))
t(lambda: repr('a\'b"c\n\x00é\U0001f600\u200b')); t(lambda: ascii('é\U0001f600')); t(lambda: hash('') ); t(lambda: hash('abc') == hash('ab' + 'c'))
import sys
t(lambda: [sys.getsizeof(x) for x in ['', 'a', 'é', 'ā', '😀', 'abc']])
