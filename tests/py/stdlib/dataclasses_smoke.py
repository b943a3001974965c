import dataclasses
from dataclasses import dataclass, field, asdict, astuple, replace, fields
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1, 2); print(p, p == Point(1, 2), asdict(p), astuple(p))
print(replace(p, y=5), [f.name for f in fields(p)])
@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = "x"
print(V(1) < V(2), hash(V(1)) == hash(V(1)), sorted([V(3), V(1, "z"), V(1)]))
try:
    V(1).a = 3
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError", e)
@dataclass
class D(Point):
    z: int = 9
    def __post_init__(self): self.s = self.x + self.z
d = D(1); print(d, d.s)
@dataclass(slots=True)
class S:
    a: int
print(S.__slots__, S(4))
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1))
try:
    K(1)
except TypeError as e:
    print("TypeError", e)
try:
    @dataclass
    class Bad:
        a: list = []
except ValueError as e:
    print("ValueError", e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(1))
M = dataclasses.make_dataclass("M", [("q", int), ("r", str, field(default="r"))])
print(M(1))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1))
@dataclass
class IV:
    i: dataclasses.InitVar[int]
    j: int = 0
    def __post_init__(self, i): self.j = i * 2
print(IV(3))
