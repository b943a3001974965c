import reprlib
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}), reprlib.repr(set(range(20))))
r = reprlib.Repr(); r.maxlist = 3; r.maxstring = 10; print(r.repr(list(range(10))), r.repr("abcdefghijklmnop"), r.repr((1, (2, (3, (4, (5, (6,))))))))
class X:
    @reprlib.recursive_repr()
    def __repr__(self): return "X(%r)" % self.child
x = X(); x.child = x; print(repr(x))
print(reprlib.repr(2 ** 200), reprlib.repr(frozenset([1, 2])), reprlib.repr(b"y" * 50))
