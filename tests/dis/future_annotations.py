from __future__ import annotations

def f(a: list[int], b: "str" = "x", *c: tuple[int, ...], d: Callable[[int], str] | None = None, **e: dict) -> Awaitable[None]:
    x: int = 1
    return x

class C:
    attr: ClassVar[int] = 0
    other: lambda x: x + 1
    third: {1: 2, **d} if a else [x for x in y if x]
    fourth: f"{a!r:>10}" + g(*a, **k) if not b else 1e309
    fifth: -a ** -b[1:2, ::3] < c is not d
    sixth: (lambda *a, b=1, **c: (a, b)) and x.y.z
    seventh: 1 .real + (1, 2)[0] + {x: y for x, y in z}
