# array.array: CPython's exceptions and messages
import array, sys
A = array.array
for tc in 'bBuhHiIlLqQfd':
    out = []
    for v in [1.5, 'x', 2**70, -2**70, -1, 128, 256, 40000, 70000, 2**31, -2**31 - 1, 2**32, 2**63, 2**64, None, True, 'ab', b'a']:
        try:
            out.append(repr(A(tc, [v]).tolist()[0]))
        except Exception as e:
            out.append(type(e).__name__ + ':' + str(e))
    print(tc, out)
def show(expr):
    a = A('i', [1, 2, 3])
    try:
        r = eval(expr)
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
    else:
        print(expr, '->', repr(r), a)
for expr in ['A()', 'A(1)', 'A("ab")', 'A("z")', 'A("i", x=1)', 'A("i", [1], 2)', 'A("i", "abc")', 'A("i", A("u", "ab"))',
             'A("i", b"abc")', 'A("i", 5)', 'A("u", ["a", "bc"])', 'a[5]', 'a[-4]', 'a["x"]', 'a[1.5]', 'a.pop(10)', 'A("i").pop()',
             'a.index(9)', 'a.remove(9)', 'a.index(2, 2)', 'a.index(2, "x")', 'a + [1]', 'a + A("d")', 'a.extend(A("d"))', 'a.extend(5)',
             'a.fromlist((1,))', 'a.frombytes("x")', 'a.frombytes(b"xyz")', 'a.frombytes(A("i", [7]))', 'a.frombytes(A("b", [1, 0, 0, 0]))',
             'a.fromunicode("x")', 'a.tounicode()', 'A("u").fromunicode(5)', 'a.__reduce_ex__("x")', 'a.insert(1.5, 3)',
             'a.insert(0, "x")', 'hash(a)', 'a.fromfile(5, 1)', 'a.fromfile(None, -1)', 'a.__iadd__(5)', 'a * "x"',
             'a.__setitem__(5, 1)', 'a.__setitem__(0, 2**40)', 'a.__setitem__(slice(0, 2), [1])', 'a.__setitem__(slice(0, 3, 2), A("i", [1]))',
             'a.__setitem__(slice(0, 2), A("d", [1.0, 2.0]))', 'a.__delitem__(7)', 'a.__delitem__("x")', 'a.pop(2**70)',
             'array._array_reconstructor(5, "i", 8, b"")', 'array._array_reconstructor(int, "i", 8, b"")',
             'array._array_reconstructor(A, "z", 8, b"")', 'array._array_reconstructor(A, "i", 30, b"")',
             'array._array_reconstructor(A, "i", 8, "x")', 'array._array_reconstructor(A, "i", 8, b"xyz")',
             'array._array_reconstructor(A, "i", 12, b"xyz")', 'array._array_reconstructor(A, 5, 8, b"")',
             'array._array_reconstructor(A, "ab", 8, b"")', 'array._array_reconstructor(A, "i", 8)', 'a.byteswap(1)', 'a.append()',
             'a.count()', 'a.index()', 'a.pop(1, 2)', 'A("b", [1]) < 5', 'a.__sizeof__()', 'sys.getsizeof(A("d", [1.0] * 20)) - sys.getsizeof(A("d"))']:
    show(expr)
b = A('i', [1])
for n in range(1, 40):
    b.append(n)
    if n % 6 == 0:
        print(n, b.__sizeof__(), end='; ')
print()
for n in range(35):
    b.pop()
    if n % 5 == 0:
        print(n, b.__sizeof__(), end='; ')
print()
