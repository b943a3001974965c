import operator as op
print(op.add(1, 2), op.mul("a", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.neg(5), op.pow(2, 8))
print(op.eq(1, 1), op.lt(1, 2), op.not_(0), op.truth([]), op.is_(None, None), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3), op.attrgetter("real", "imag")(1j))
print(op.methodcaller("split", ",")("a,b"), op.index(5), op.concat([1], [2]), op.and_(6, 3), op.or_(4, 1), op.xor(5, 1), op.lshift(1, 4), op.inv(0))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.getitem(l, 1), op.length_hint(iter(range(5))))
x = [1]; print(op.iadd(x, [2]), x, repr(op.itemgetter(1)), repr(op.attrgetter("a.b")))
print(sorted([("b", 2), ("a", 3)], key=op.itemgetter(1)), op.call(len, "abcd") if hasattr(op, "call") else "nocall")
try:
    op.index(1.5)
except TypeError as e:
    print("TypeError", e)
