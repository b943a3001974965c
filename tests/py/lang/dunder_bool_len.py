# __bool__ and __len__ truthiness
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"__bool__({self.v})")
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10

class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print(not B(False))
print(B(True) and "and-result")
print(B(False) or "or-result")
x = B(False) or B(True)
print(type(x).__name__, x.v)
if L(0):
    print("no")
else:
    print("empty L is falsy")
while L(0):
    print("never")
print([i for i in range(3) if L(i)])
print("yes" if Both() else "no")

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

class BadLen:
    def __len__(self):
        return "3"
try:
    bool(BadLen())
except TypeError as e:
    print(type(e).__name__, e)

class Inherit(L):
    pass
print(bool(Inherit(0)), bool(Inherit(1)))
print(any([L(0), L(0)]), all([L(1), B(True)]))
print(list(filter(None, [L(0), 1, 0, L(2)]))[0], len(list(filter(None, [L(0), 1, 0, L(2)]))))
