import _md5,_sha1,_sha256,_sha512,_sha3,_blake2
data=[b'', b'abc', b'a'*55, b'a'*56, b'a'*64, b'a'*111, b'a'*112, b'a'*128, bytes(range(256))*5]
for f in (_md5.md5,_sha1.sha1,_sha256.sha224,_sha256.sha256,_sha512.sha384,_sha512.sha512,_sha3.sha3_224,_sha3.sha3_256,_sha3.sha3_384,_sha3.sha3_512,_blake2.blake2b,_blake2.blake2s):
    for d in data:
        print(f(d).hexdigest())
for f in (_sha3.shake_128,_sha3.shake_256):
    for d in data: print(f(d).hexdigest(300))
print(_blake2.blake2s(b'a', digest_size=16, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest())
print(_blake2.blake2b(b'a', digest_size=16, key=b'k', salt=b's', person=b'p', fanout=2, depth=3, leaf_size=5, node_offset=7, node_depth=1, inner_size=9, last_node=True).hexdigest())
# incremental updates equal one-shot, across block boundaries
import hashlib
blob = bytes(range(256)) * 9
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512', 'blake2b', 'blake2s'):
    h = hashlib.new(name)
    for n in (1, 3, 60, 64, 127, 128, 129, 500):
        h.update(blob[:n])
    whole = b''.join(blob[:n] for n in (1, 3, 60, 64, 127, 128, 129, 500))
    print(name, h.hexdigest() == hashlib.new(name, whole).hexdigest(), h.digest() == hashlib.new(name, whole).digest())
for name in ('shake_128', 'shake_256'):
    h = hashlib.new(name); h.update(blob[:100]); h.update(blob[100:])
    print(name, h.hexdigest(50) == hashlib.new(name, blob).hexdigest(50), h.digest(7).hex())
print(hashlib.md5(b'a' * 100000).hexdigest(), hashlib.sha512(memoryview(b'xyz')).hexdigest()[:16], hashlib.sha1(bytearray(b'xyz')).hexdigest())
