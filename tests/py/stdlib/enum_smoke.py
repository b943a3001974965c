import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.RED.name, Color.RED.value, list(Color), len(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), Color.__members__.keys())
class N(IntEnum):
    ONE = 1
    TWO = 2
print(N.ONE + 1, N.TWO > N.ONE, repr(N.TWO), str(N.TWO), format(N.TWO), sorted([N.TWO, N.ONE]))
class P(Flag):
    R = auto(); W = auto(); X = auto()
rw = P.R | P.W
print(rw, repr(rw), P.R in rw, P.X in rw, list(rw), bool(P(0)), ~P.R)
class Perm(IntFlag):
    A = 4; B = 2
print(Perm.A | Perm.B, int(Perm.A | 1), repr(Perm(6)))
class S(StrEnum):
    X = auto(); Y = "why"
print(S.X, S.Y, S.X == "x", S.Y.upper())
try:
    @unique
    class Dup(Enum):
        A = 1; B = 1
except ValueError as e:
    print("ValueError", e)
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH.value)
class Ordered(Enum):
    def _generate_next_value_(name, start, count, last): return name.lower()
    A = auto(); B = auto()
print(Ordered.A.value, Ordered.B.value)
print(hash(Color.RED) == hash(Color.RED), Color.RED in Color, enum.EnumType is enum.EnumMeta)
