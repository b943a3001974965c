# sys.getsizeof for ints of many sizes, floats, strs of each kind, bytes, tuples, ranges, functions' basics.
import sys
print([sys.getsizeof(2 ** k) for k in (0, 29, 30, 59, 60, 89, 90, 300)])
print([sys.getsizeof(-(2 ** k)) for k in (0, 30, 60)], sys.getsizeof(0), sys.getsizeof(True), sys.getsizeof(False))
print([sys.getsizeof("a" * n) for n in (0, 1, 7, 8, 100)])
print([sys.getsizeof("é" * n) for n in (1, 7, 8)], [sys.getsizeof("€" * n) for n in (1, 2, 10)], [sys.getsizeof("😀" * n) for n in (1, 2, 10)])
print([sys.getsizeof(b"x" * n) for n in (0, 1, 7, 8, 100)], [sys.getsizeof(bytearray(b"x" * n)) for n in (0, 1, 10)])
print([sys.getsizeof(tuple(range(n))) for n in (0, 1, 2, 10)], sys.getsizeof(1.0), sys.getsizeof(1j))
print(sys.getsizeof(range(10)), sys.getsizeof(range(2 ** 70)), sys.getsizeof(slice(1, 2)), sys.getsizeof(None))
print(sys.getsizeof(object()), sys.getsizeof(iter([])), sys.getsizeof(...), sys.getsizeof(NotImplemented))
class Plain:
    pass
class Slotted:
    __slots__ = ("a", "b", "c")
print(sys.getsizeof(Plain()), sys.getsizeof(Slotted()), sys.getsizeof(Plain().__dict__) if False else "")
print(sys.getsizeof([]) == [].__sizeof__() + 16, (5).__sizeof__(), "ab".__sizeof__(), ().__sizeof__())
print(sys.getsizeof(1, "default"), sys.getsizeof(frozenset()), sys.getsizeof(set()), sys.getsizeof({}))
