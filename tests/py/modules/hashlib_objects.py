import _md5, _sha1, _sha256, _sha512, _sha3, _blake2, hashlib
ctors = (_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512, _sha3.sha3_224,
         _sha3.sha3_256, _sha3.sha3_384, _sha3.sha3_512, _sha3.shake_128, _sha3.shake_256, _blake2.blake2b, _blake2.blake2s)
for c in ctors:
    h = c(b'abc')
    print(type(h).__module__, type(h).__name__, h.name, h.digest_size, h.block_size, repr(h).split(' object at ')[0])
    h2 = h.copy(); h2.update(b'def')
    if h.digest_size:
        print(h.hexdigest()[:16], h2.hexdigest()[:16], c(b'abcdef').hexdigest() == h2.hexdigest(), type(h2) is type(h))
    else:
        print(h.hexdigest(8), h2.hexdigest(8), c(b'abcdef').hexdigest(8) == h2.hexdigest(8))
print(_md5.md5(string=b'x', usedforsecurity=False).hexdigest(), _sha1.sha1(usedforsecurity=True).hexdigest()[:8])
print(_sha3.sha3_256(b'x', usedforsecurity=False).hexdigest()[:8], _blake2.blake2b(b'x', usedforsecurity=False).hexdigest()[:8])
h = _sha3.sha3_384(); print(h._capacity_bits, h._rate_bits, h._suffix, _sha3.shake_128()._suffix, _sha3.implementation, _sha3.keccakopt)
print(_md5.MD5Type, _sha1.SHA1Type, _sha256.SHA224Type, _sha256.SHA256Type, _sha512.SHA384Type)
print(sorted(n for n in dir(_blake2) if n.isupper()), [getattr(_blake2, n) for n in sorted(dir(_blake2)) if n.isupper()])
print(_blake2.blake2b.SALT_SIZE, _blake2.blake2b.PERSON_SIZE, _blake2.blake2b.MAX_KEY_SIZE, _blake2.blake2b.MAX_DIGEST_SIZE)
print(_blake2.blake2s.SALT_SIZE, _blake2.blake2s.PERSON_SIZE, _blake2.blake2s.MAX_KEY_SIZE, _blake2.blake2s.MAX_DIGEST_SIZE)
for ds in (1, 20, 32, 64):
    print(ds, _blake2.blake2b(b'x', digest_size=ds).hexdigest(), _blake2.blake2b(digest_size=ds).digest_size)
print(_blake2.blake2s(b'x', digest_size=5).copy().hexdigest(), _blake2.blake2s(digest_size=5).name)
print(_blake2.blake2b(b'msg', key=b'k' * 64).hexdigest()[:32], _blake2.blake2s(b'msg', key=b'k' * 32, salt=b's' * 8, person=b'p' * 8).hexdigest())
print(_blake2.blake2b(b'x' * 300, node_offset=2**64 - 1, leaf_size=2**32 - 1, fanout=0, depth=255, node_depth=255, inner_size=64).hexdigest()[:32])
print(_blake2.blake2s(b'', node_offset=2**48 - 1, last_node=True).hexdigest())
for k in (b'', b'k', b'k' * 128, b'k' * 129):
    b = _blake2.blake2b(k); b.update(b'z' * 127); print(len(k), b.hexdigest()[:16])
print(_sha3.shake_256(b'x').digest(0), len(_sha3.shake_128(b'x').hexdigest(1000)))
print(sorted(hashlib.algorithms_guaranteed))
print([hashlib.new(n, b'q').hexdigest()[:12] for n in sorted(hashlib.algorithms_guaranteed) if not n.startswith('shake')])
print(hashlib.blake2b(b'x', digest_size=10).hexdigest(), hashlib.new('blake2s', b'a', digest_size=4, key=b'kk').hexdigest())
