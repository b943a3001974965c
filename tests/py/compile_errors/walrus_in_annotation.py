from __future__ import annotations
def f(x: (y := int)):
    pass
