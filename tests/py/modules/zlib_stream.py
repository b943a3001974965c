import zlib, sys
data = bytes(range(256)) * 200
for wb in (31, 47, -15, 15, 32):
    c = zlib.compress(data, 9, 31 if wb in (31, 47) else (15 if wb in (15, 32) else wb))
    d = zlib.decompressobj(wb)
    out = b''
    for i in range(0, len(c), 37):
        out += d.decompress(c[i:i+37], 50)
        while d.unconsumed_tail:
            out += d.decompress(d.unconsumed_tail, 50)
    out += d.flush()
    print(wb, out == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj(); c = zlib.compress(b'abc' * 1000)
x = d.decompress(c, 10); print(x, len(d.unconsumed_tail) > 0, len(d.flush()), d.eof)
d = zlib.decompressobj(47); print(d.decompress(zlib.compress(b'one', wbits=31) + zlib.compress(b'two', wbits=31)), d.unused_data[:3], d.eof)
co = zlib.compressobj(1, zlib.DEFLATED, -9, 1, zlib.Z_HUFFMAN_ONLY); out = co.compress(data) + co.flush(zlib.Z_PARTIAL_FLUSH) + co.compress(b'z') + co.flush(zlib.Z_BLOCK) + co.flush()
print(len(out), zlib.crc32(out), zlib.decompress(out, -9) == data + b'z')
print(zlib.decompress(zlib.compress(b'', 0)), zlib.compress(b''), zlib.compress(b'', wbits=-15), zlib.compress(b'a', 0, 31)[:4])
e = zlib.compressobj(); e.compress(b'x'); print(e.flush(zlib.Z_SYNC_FLUSH), e.flush(zlib.Z_SYNC_FLUSH), e.flush())
d = zlib.decompressobj(); print(d.decompress(b''), d.flush(), d.eof)
try: zlib.decompress(zlib.compress(data)[:-1])
except zlib.error as ex: print(ex)
try: zlib.decompress(zlib.compress(data)[:50] + b'\xff' * 20)
except zlib.error as ex: print(ex)
try: zlib.decompress(b'x\x9c' + b'\xff' * 10)
except zlib.error as ex: print(ex)
try: zlib.decompress(zlib.compress(data, wbits=31), 15)
except zlib.error as ex: print(ex)
try: zlib.decompress(zlib.compress(data, wbits=15), 9)
except zlib.error as ex: print(ex)
d = zlib.decompressobj(); 
try: d.decompress(b'x\x9c' + b'\xff' * 10)
except zlib.error as ex: print(ex)
try: d.decompress(b'more')
except zlib.error as ex: print(ex)
print(d.flush())
