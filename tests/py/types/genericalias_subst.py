# types.GenericAlias: parameters, substitution, starred form, iteration, reduce, dir, call
import types
from typing import TypeVar, TypeVarTuple, Unpack
T = TypeVar('T'); S = TypeVar('S'); Ts = TypeVarTuple('Ts')
print((*tuple[int],)[0], repr((*tuple[int, str],)[0]))
a = list[T]
print(a.__parameters__, a[int], dict[str, T][int], dict[T, list[S]][str, int])
print(dict[T, S].__parameters__, tuple[T, *Ts].__parameters__)
print(tuple[T, *Ts][int, str, float])
it = iter(tuple[int])
print(type(it).__name__, it.__reduce__())
s = next(it)
print(s, s.__unpacked__, s.__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
try: next(it)
except StopIteration: print("StopIteration")
print(list[int].__reduce__(), s.__reduce__()[0].__name__)
print(s == tuple[int], s == next(iter(tuple[int])), list[int] == list[int], list[int] != list[str])
print([n for n in ("__origin__", "__args__", "__parameters__", "append") if n in dir(list[int])])
for bad in ["list[int][int]", "dict[T, S][int]", "list[T][int, str]"]:
    try: eval(bad)
    except TypeError as e: print("TypeError", e)
try: types.GenericAlias(list, int, bad=1)
except TypeError as e: print("TypeError", e)
try: types.GenericAlias(list)
except TypeError as e: print("TypeError", e)
class Sub(types.GenericAlias): pass
print(Sub(list, int) == list[int], type(Sub(list, (int,))).__name__)
class C:
    pass
class G:
    def __class_getitem__(cls, item): return types.GenericAlias(cls, item)
g = G[int]()
print(g.__orig_class__)
print(types.MappingProxyType[int], types.AsyncGeneratorType[int, str])
print(isinstance([], list), list[int].__mro_entries__((list[int],)))
try: isinstance([], list[int])
except TypeError as e: print("TypeError", e)
print(types.GenericAlias.__doc__.splitlines()[0])
