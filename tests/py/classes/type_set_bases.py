class A: pass
class B: pass
class C(A): pass
try: C.__bases__ = 1
except TypeError as e: print(e)
try: C.__bases__ = ()
except TypeError as e: print(e)
try: C.__bases__ = (1,)
except TypeError as e: print(e)
try: A.__bases__ = (C,)
except TypeError as e: print(e)
try: C.__bases__ = (int,)
except TypeError as e: print(e)
try: int.__bases__ = (object,)
except TypeError as e: print(e)
class D(C): pass
B.x = 5
C.__bases__ = (B,)
print(C.__mro__, D.__mro__, D().x, issubclass(D, B), issubclass(D, A))
class E:
    def __repr__(self): return "E!"
C.__bases__ = (E,)
print(repr(D()), A.__subclasses__(), E.__subclasses__())
from typing import NamedTuple
class P(NamedTuple):
    x: int
    y: str = "d"
print(P(1), P.__bases__, P.__mro__)
