import hashlib
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "blake2b", "blake2s"]:
    h = hashlib.new(name, b"abc")
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256(); h.update(b"a"); h2 = h.copy(); h2.update(b"b"); print(h.hexdigest()[:16], h2.hexdigest()[:16])
print(hashlib.md5(b"").digest())
print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 100).hex())
print(hashlib.blake2b(b"x", digest_size=16, key=b"k").hexdigest())
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.shake_128(b"abc").hexdigest(8))
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError", e)
try:
    hashlib.sha256("str")
except TypeError as e:
    print("TypeError", e)
