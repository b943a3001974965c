import typing
from typing import List, Dict, Optional, Union, Callable, TypeVar, Generic, Any, NamedTuple, TypedDict, Literal, Protocol, get_type_hints, get_origin, get_args, cast, overload, Final, ClassVar, Tuple
print(List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str], Tuple[int, ...], Literal["a", 1])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), Union[int, int], Union[int, Union[str, int]])
T = TypeVar("T"); print(T, TypeVar("N", bound=int).__bound__)
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(1).v, Box.__parameters__)
class P(NamedTuple):
    x: int
    y: str = "d"
print(P(1), P._fields, P.__annotations__)
class TD(TypedDict, total=False):
    a: int
print(TD(a=1), TD.__required_keys__, TD.__optional_keys__)
def f(a: int, b: "str" = "x") -> List[int]: ...
print(get_type_hints(f))
class Proto(Protocol):
    def meth(self) -> int: ...
@typing.runtime_checkable
class RP(Protocol):
    def close(self): ...
class Closer:
    def close(self): pass
print(isinstance(Closer(), RP), isinstance(1, RP))
print(cast(int, "x"), typing.TYPE_CHECKING, Any, Final[int], ClassVar[int])
@overload
def o(x: int) -> int: ...
@overload
def o(x: str) -> str: ...
def o(x): return x
print(o(1))
try:
    isinstance(1, List[int])
except TypeError as e:
    print("TypeError", e)
print(typing.NewType("UserId", int)(5), repr(typing.NewType("UserId", int)))
print(int | None == Optional[int], typing.Annotated[int, "meta"], get_args(typing.Annotated[int, "m"]))
