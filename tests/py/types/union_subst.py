# types.UnionType: flattening, equality, parameters and substitution, isinstance
import types
from typing import TypeVar
T = TypeVar('T')
u = int | str
print(u, u.__args__, u.__parameters__, u.__module__)
print((T | int).__parameters__, (T | int)[str], (list[T] | int)[str], (T | None)[int])
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None), int | None)
print(int | int, None | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(list[int] | list[int], (int | str) | (str | float), int | list[int] | list[int])
try: isinstance(1, int | list[int])
except TypeError as e: print("TypeError", e)
try: (int | str)[int]
except TypeError as e: print("TypeError", e)
try: int | 3
except TypeError as e: print("TypeError", e)
print(types.UnionType.__doc__)
print(isinstance(None, int | None), issubclass(type(None), int | None))
