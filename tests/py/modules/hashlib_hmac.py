import warnings
warnings.simplefilter('ignore', DeprecationWarning)
import hashlib, hmac, io
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, dklen=25).hex())
print(hashlib.pbkdf2_hmac('sha512', b'pw', b'NaCl', 5, dklen=70).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'pw'), memoryview(b'salt'), 3).hex())
for mod in ('md5', 'sha1', 'sha256', 'sha512', 'sha3_256', 'blake2b'):
    print(mod, hmac.new(b'key', b'The quick brown fox', mod).hexdigest(), hmac.digest(b'k' * 200, b'm', mod).hex()[:20])
h = hmac.new(b'key', digestmod=hashlib.sha256); h.update(b'a'); c = h.copy(); c.update(b'b')
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.compare_digest('x', 'x'))
print(hashlib.file_digest(io.BytesIO(b'abc' * 100000), 'sha1').hexdigest(), hashlib.file_digest(io.BytesIO(b''), hashlib.md5).hexdigest())
import random
random.seed(42); print(random.random(), random.randint(1, 100))
random.seed('hello'); print(random.random())
random.seed(b'bytes'); print(random.random())
random.seed('v1', version=1); print(random.random())
