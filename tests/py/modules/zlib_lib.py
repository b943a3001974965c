import io, zipfile, gzip, tarfile, zlib, sys
data = b''.join(b'record %d %s\n' % (i, b'xyz' * (i % 7)) for i in range(3000))
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('a.txt', data); z.writestr('b.txt', b'hello', compress_type=zipfile.ZIP_STORED)
buf.seek(0)
with zipfile.ZipFile(buf) as z:
    print(z.namelist(), z.read('a.txt') == data, [i.compress_size for i in z.infolist()], z.testzip())
g = io.BytesIO()
with gzip.GzipFile(fileobj=g, mode='wb', mtime=0) as f:
    for i in range(0, len(data), 1000): f.write(data[i:i+1000])
print(len(g.getvalue()), zlib.crc32(g.getvalue()))
g.seek(0)
with gzip.GzipFile(fileobj=g) as f:
    print(f.read(10), len(f.read()))
import hashlib
import uuid; print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
import secrets; print(len(secrets.token_hex(8)))
