# A backslash right before a replacement field stays a backslash (the literal part ends in
# '\', which CPython's f-string parser decodes as \u005c).
import warnings
warnings.simplefilter("ignore")
print(repr(eval(r"f'\{6*7}'")), repr(eval(r"f'x\{1}y'")), repr(eval(r"f'\\{1}'")))
print(f'\\{6*7}', fr'\{6*7}')
AMPERSAND = 'spam'
print(f'\N{AMPERSAND}', f'\\N{AMPERSAND}', fr'\N{AMPERSAND}', f'\\\N{AMPERSAND}')
print(repr(eval(r"f'{1}\{2}\{3}'")))
