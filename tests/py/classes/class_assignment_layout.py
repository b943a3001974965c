# __class__ assignment: compatible_for_assignment (same base layout, or sibling classes adding
# the same slots in any order), ModuleType subclasses, immutable types refused.
import types
class G(object): __slots__ = ["a", "b"]
class H(object): __slots__ = ["b", "a"]
class I(object): __slots__ = ["a", "b"]
class J(object): __slots__ = ["c", "b"]
class K(object): __slots__ = ["a", "b", "d"]
class L(H): __slots__ = ["e"]
class M(I): __slots__ = ["e"]
class N(J): __slots__ = ["__weakref__"]
class P(J): __slots__ = ["__dict__"]
class Q(J): pass
class R(J): __slots__ = ["__dict__", "__weakref__"]
class Plain: pass
class Plain2: pass
class WithSlots: __slots__ = ["x"]
for cls, cls2 in ((G, H), (G, I), (I, H), (Q, R), (R, Q), (G, J), (G, K), (L, M), (J, N), (J, P), (N, P), (Q, P), (Plain, Plain2), (Plain, WithSlots), (Plain, G)):
    x = cls()
    try:
        x.__class__ = cls2
        print(cls.__name__, cls2.__name__, "ok", type(x).__name__)
    except TypeError as e:
        print(cls.__name__, cls2.__name__, e)
class SubType(types.ModuleType):
    a = 1
m = types.ModuleType("m")
m.__class__ = SubType
print(type(m).__name__, m.a)
m.__class__ = types.ModuleType
print(type(m).__name__, hasattr(m, "a"))
for o, c in ((1, bool), (True, int), (object(), Plain), (Plain(), list), ([], Plain)):
    try:
        o.__class__ = c
    except TypeError as e:
        print(e)
