# bytearray: mutation, slice assignment, over-allocation (__alloc__, getsizeof), pickling state
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = bytearray()
r = []
for i in range(40): b.append(i); r.append(b.__alloc__())
print(r)
b = bytearray(b'x' * 100); print(b.__alloc__()); b += b'y'; print(b.__alloc__()); del b[:50]; print(b.__alloc__(), len(b)); del b[10:]; print(b.__alloc__(), len(b), b)
print(bytearray(10).__alloc__(), bytearray(b'abc').__alloc__(), bytearray([1,2,3]).__alloc__(), bytearray(range(20)).__alloc__(), (bytearray(b'ab')*5).__alloc__(), bytearray(b'ab').copy().__alloc__())
import sys
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b'a')), sys.getsizeof(bytearray(b'abcdefghij')))
b = bytearray(b'hello')
b[0] = 72; t(lambda: b); b[1:3] = b'EL'; t(lambda: b); b[1:3] = b''; t(lambda: b); b[0:0] = b'xx'; t(lambda: b); b[::2] = b'abc'; t(lambda: b); del b[::2]; t(lambda: b); del b[0]; t(lambda: b)
b = bytearray(b'abcdef'); b[1:5:2] = [65, 66]; t(lambda: b); b[4:1:-1] = b'XYZ'; t(lambda: b); del b[::-2]; t(lambda: b); b[2:0] = b'..'; t(lambda: b)
b = bytearray(b'abc'); b.extend(b'de'); b.extend([102, 103]); b.extend(x for x in [104]); b.insert(0, 48); b.insert(-1, 49); b.insert(100, 50); t(lambda: b)
t(lambda: b.pop()); t(lambda: b.pop(0)); t(lambda: b.pop(-2)); t(lambda: b); b.remove(99); t(lambda: b); b.reverse(); t(lambda: b); b.clear(); t(lambda: b)
t(lambda: bytearray(b'a').append(300)); t(lambda: bytearray(b'a').append('a')); t(lambda: bytearray(b'a').pop(5)); t(lambda: bytearray().pop()); t(lambda: bytearray(b'a').remove(5)); t(lambda: bytearray(b'a').insert(0, 300))
t(lambda: bytearray(b'abc')[5]); t(lambda: bytearray(b'abc').__setitem__(0, 300)); t(lambda: bytearray(b'abc').__setitem__(slice(0,2), 5)); t(lambda: bytearray(b'abc').__setitem__(slice(0,3,2), b'x')); t(lambda: bytearray(b'abc').__setitem__(0, b'x'))
t(lambda: hash(bytearray())); t(lambda: bytearray(b'a').extend(1)); t(lambda: bytearray(b'a').extend([300])); t(lambda: bytearray(b'a').extend('ab')); t(lambda: bytearray('a')); t(lambda: bytearray(b'abc').__delitem__(5))
t(lambda: bytearray(5) * 'a'); t(lambda: bytearray(b'ab') * 2); t(lambda: bytearray(b'a') + 'a'); t(lambda: bytearray(b'a') + b'b'); t(lambda: bytearray('é', 'utf-8')); t(lambda: bytearray(3)); t(lambda: bytearray([1, 2])); t(lambda: bytearray(x=1)); t(lambda: bytearray(1.5))
t(lambda: bytearray(b"'")); t(lambda: bytearray(b'"\'')); t(lambda: bytearray(b'\x00\xff\n')); t(lambda: str(bytearray(b'x'))); t(lambda: bytearray(b'ab') == b'ab'); t(lambda: bytearray(b'ab') < bytearray(b'b')); t(lambda: bytearray(b'a') == 'a')
t(lambda: bytearray(b'abc').__reduce__()); t(lambda: bytearray(b'\xff').__reduce_ex__(3)); t(lambda: bytearray().__reduce__()); t(lambda: list(bytearray(b'ab'))); t(lambda: type(iter(bytearray())).__name__)
t(lambda: bytearray(b'a b').split()); t(lambda: bytearray(b'abc').upper()); t(lambda: bytearray(b'  a ').strip()); t(lambda: bytearray(b'%d') % 5); t(lambda: bytearray(b'-').join([b'a', b'b'])); t(lambda: bytearray(b'abc').hex()); t(lambda: bytearray(b'ab').partition(b'x'))
b = bytearray(b'abc'); b += b'd'; t(lambda: b); b *= 2; t(lambda: b); b *= 0; t(lambda: b)
b = bytearray(b'abc'); b[:] = b; t(lambda: b); b[1:2] = b; t(lambda: b); t(lambda: b.__sizeof__())
b = bytearray(b'abc'); b.__init__(b'xy'); t(lambda: b); b.__init__(); t(lambda: b)
t(lambda: bytearray(b'abc').decode()); t(lambda: bytearray(b'ab').center(6, b'-')); t(lambda: bytearray(b'ab').zfill(4)); t(lambda: bytearray(b'ab').translate(None, b'a'))
t(lambda: 98 in bytearray(b'abc')); t(lambda: bytearray(b'abc').find(b'c')); t(lambda: bytearray(b'abc').count(98)); t(lambda: bytearray(b'abc').startswith(b'ab'))
