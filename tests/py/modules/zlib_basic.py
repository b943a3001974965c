import zlib
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
data = b''.join(b'line %d: the quick brown fox jumps over the lazy dog %d\n' % (i, i*i % 97) for i in range(800))
for lvl in range(-1, 10):
    c = zlib.compress(data, lvl); print(lvl, len(c), zlib.crc32(c), zlib.decompress(c) == data)
for wb in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(data, 6, wb); print(wb, len(c), zlib.crc32(c), zlib.decompress(c, wb) == data, zlib.decompress(c, 47 if wb > 0 else wb) == data)
for st in range(5):
    for ml in (1, 8, 9):
        co = zlib.compressobj(5, zlib.DEFLATED, 15, ml, st); c = co.compress(data) + co.flush(); print(st, ml, len(c), zlib.crc32(c))
co = zlib.compressobj(); parts = [co.compress(data[:1000]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[1000:5000]), co.flush(zlib.Z_FULL_FLUSH), co.compress(data[5000:]), co.flush()]
print([len(p) for p in parts], zlib.crc32(b''.join(parts)))
c = zlib.compress(data)
d = zlib.decompressobj(); out = b''
chunk = c
while chunk:
    out += d.decompress(chunk, 100); chunk = d.unconsumed_tail
print(out == data, d.eof, d.unused_data)
d = zlib.decompressobj(); print(len(d.decompress(c + b'extra')), d.unused_data, d.eof, d.unconsumed_tail)
d = zlib.decompressobj(); a = d.decompress(c[:300]); d2 = d.copy(); print(len(a), (a + d.decompress(c[300:])) == data, (a + d2.decompress(c[300:]) + d2.flush()) == data)
co = zlib.compressobj(); x = co.compress(data[:3000]); co2 = co.copy(); print(zlib.decompress(x + co.flush()) == data[:3000], zlib.decompress(x + co2.compress(b'more') + co2.flush()) == data[:3000] + b'more')
import copy; print(type(copy.copy(zlib.compressobj())).__name__, type(copy.deepcopy(zlib.decompressobj())).__name__)
t(lambda: copy.copy(co2))
print(zlib.adler32(data), zlib.adler32(data, 12345), zlib.crc32(data), zlib.crc32(data, 99), zlib.crc32(b''), zlib.adler32(b''))
zd = b'the quick brown fox jumps over the lazy dog'
co = zlib.compressobj(zdict=zd); c = co.compress(data) + co.flush(); print(len(c))
print(zlib.decompressobj(zdict=zd).decompress(c) == data)
co = zlib.compressobj(wbits=-15, zdict=zd); c = co.compress(data) + co.flush(); print(zlib.decompressobj(-15, zdict=zd).decompress(c) == data)
import gzip; g = gzip.compress(data, mtime=0); print(len(g), gzip.decompress(g) == data)
print(zlib.decompress(bytearray(zlib.compress(memoryview(data)))) == data)
