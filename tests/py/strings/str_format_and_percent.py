# str.format / format_map and printf-style % formatting, including every error message
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: '%s|%r|%a' % ('é', 'é', 'é')); t(lambda: '%5s|%-5s|' % ('a', 'b')); t(lambda: '%.2s' % 'abc'); t(lambda: '%d %i %u' % (1, 2, 3)); t(lambda: '%x %X %o' % (255, 255, 8)); t(lambda: '%#x %#X %#o' % (255, 255, 8))
t(lambda: '%05d|%-5d|%+d|% d' % (3, 3, 3, 3)); t(lambda: '%+05d' % -3); t(lambda: '%.5d' % 3); t(lambda: '%#5.3x' % 255); t(lambda: '%-#8x|' % 255); t(lambda: '%#08x' % 255); t(lambda: '%05x' % -255); t(lambda: '%#o' % -8)
t(lambda: '%c%c' % (65, 'b')); t(lambda: '%c' % 0x1f600); t(lambda: '%c' % 'ab'); t(lambda: '%c' % 2**40); t(lambda: '%c' % -1); t(lambda: '%5c|%-3c|' % (65, 'a'))
t(lambda: '%(a)s %(b)s' % {'a': 1, 'b': 2}); t(lambda: '%(a)s' % {'b': 1}); t(lambda: '%(a' % {}); t(lambda: '%(a)s' % 1); t(lambda: '%()s' % {'': 5}); t(lambda: '%(a(b))s' % {'a(b)': 2}); t(lambda: '%s' % {'a': 1}); t(lambda: '%s %s' % {'a': 1})
t(lambda: '%s' % ()); t(lambda: '%s %s' % 1); t(lambda: '%s' % (1, 2)); t(lambda: '%' % ()); t(lambda: '%y' % 1); t(lambda: '%3%|' % (1,)); t(lambda: '%%' % ()); t(lambda: '100%%' % ()); t(lambda: 'a%' % 1)
t(lambda: '%*d|' % (5, 3)); t(lambda: '%-*d|' % (5, 3)); t(lambda: '%*d|' % (-5, 3)); t(lambda: '%.*s' % (2, 'abc')); t(lambda: '%*d' % ('a', 1)); t(lambda: '%.*d' % (2**40, 1))
t(lambda: '%d' % 'x'); t(lambda: '%x' % 1.5); t(lambda: '%d' % 3.7); t(lambda: '%d' % True); t(lambda: '%i' % 2**70); t(lambda: '%d' % None); t(lambda: '%d' % float('inf'))
t(lambda: '%s' % [1, 'a']); t(lambda: '%r' % 'x'); t(lambda: 'x%sy' % 'é😀'); t(lambda: '%5s|' % '😀'); t(lambda: '%.1s|' % '😀a'); t(lambda: '%ld %hd %Ld' % (1, 2, 3))
t(lambda: '%f %e %g' % (1.5, 1.5, 1.5)); t(lambda: '%.2f' % 1.005); t(lambda: '%10.3f|' % 3.14159); t(lambda: '%-10.3f|' % 3.14159); t(lambda: '%+.1f' % 2.0); t(lambda: '%f' % 'x'); t(lambda: '%f' % 3)
t(lambda: '{} {}'.format(1, 2)); t(lambda: '{1}{0}'.format('a', 'b')); t(lambda: '{a}'.format(a=5)); t(lambda: '{0[x]}'.format({'x': 1})); t(lambda: '{0.real}'.format(3)); t(lambda: '{0[1]}'.format('ab')); t(lambda: '{{}}'.format())
t(lambda: '{:>5}|'.format('ab')); t(lambda: '{:^5}|'.format('ab')); t(lambda: '{:*<5}|'.format('ab')); t(lambda: '{0:{1}}|'.format('ab', 5)); t(lambda: '{!r}'.format('x')); t(lambda: '{!a}'.format('é')); t(lambda: '{!s:>3}'.format(1))
t(lambda: '{'.format()); t(lambda: '}'.format()); t(lambda: '{0}{}'.format(1, 2)); t(lambda: '{}{0}'.format(1, 2)); t(lambda: '{1}'.format(1)); t(lambda: '{a}'.format()); t(lambda: '{0.}'.format(1)); t(lambda: '{0[}'.format(1))
t(lambda: '{0]}'.format(1)); t(lambda: '{0!x}'.format(1)); t(lambda: '{0!}'.format(1)); t(lambda: '{0!r'.format(1)); t(lambda: '{0!rx}'.format(1)); t(lambda: '{:{:{:{}}}}'.format(1, 2, 3, 4)); t(lambda: '{0}'.format_map({}))
t(lambda: '{a}'.format_map(1)); t(lambda: '{99999999999999999999}'.format()); t(lambda: '{0[0]x}'.format([1])); t(lambda: '{0.a}'.format(1)); t(lambda: '{0[a]}'.format([1])); t(lambda: '{0[0]}'.format({})); t(lambda: '{a}'.format_map({'a': 'z'}))
t(lambda: '{٣}'.format(0, 1, 2, 3)); t(lambda: '{0[-1]}'.format({'-1': 'm'})); t(lambda: 'x{0}y{0}'.format('é')); t(lambda: '{:s}'.format('a')); t(lambda: '{:d}'.format('a'))
