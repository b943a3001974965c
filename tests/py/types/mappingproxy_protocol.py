# mappingproxy: `in` through the mapping's __contains__, |, reversed(), and its methods' arguments.
from types import MappingProxyType as mp
class customdict(dict):
    def __contains__(self, key):
        return key == 'magic' or dict.__contains__(self, key)
    def copy(self): return 'copy'
    def keys(self): return 'keys'
v = mp(customdict({'key': 'value'}))
print('key' in v, 'magic' in v, 'xxx' in v, v.copy(), v.keys())
d = mp({'a': 0, 'b': 1})
print(d | {'c': 3}, {'z': 9} | d, d | mp({'b': 5}), list(reversed(d)))
try:
    d |= {'x': 1}
except TypeError as e: print(e)
for args in ((), ('a', 1, 2)):
    try: d.get(*args)
    except TypeError as e: print(e)
try: d.keys(1)
except TypeError as e: print(e)
print(d.get('a'), d.get('q', 7))
print(sorted(n for n in set(dir(mp)) - set(dir(object))))
