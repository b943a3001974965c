# Truth testing: __bool__ first, then __len__; errors for bad return values and negative lengths.
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__")
        return self.n
class Both(B, L):
    def __init__(self):
        B.__init__(self, False)
        L.__init__(self, 5)
print(bool(B(True)), bool(L(0)), bool(L(3)), bool(Both()), not L(0), "yes" if L(2) else "no")
print(len(L(7)), L(2) and "and", L(0) or "or")
for obj in [B(1), B("x"), B(None), L(-1), L("3"), L(2**70), L(1.5)]:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for obj in [L(-1), L(2**70), L(1.5)]:
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class NoLen:
    pass
print(bool(NoLen()))
try:
    len(NoLen())
except TypeError as e:
    print("TypeError", e)
class BoolSub(int):
    def __bool__(self):
        return True
print(bool(BoolSub(0)), bool(0))
class IdxLen:
    class N:
        def __index__(self):
            return 4
    def __len__(self):
        return IdxLen.N()
print(len(IdxLen()), bool(IdxLen()))
class BoolNone:
    __bool__ = None
try:
    bool(BoolNone())
except TypeError as e:
    print("TypeError", e)
while L(0):
    print("never")
if not B(False):
    print("falsy branch")
print([x for x in [L(0), L(1), B(True)] if x].__len__())
