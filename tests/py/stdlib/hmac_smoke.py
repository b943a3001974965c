import hmac, hashlib
m = hmac.new(b"key", b"msg", hashlib.sha256)
print(m.hexdigest(), m.name, m.digest_size)
m2 = m.copy(); m2.update(b"more"); print(m2.hexdigest())
print(hmac.digest(b"key", b"msg", "md5").hex(), hmac.new(b"k", digestmod="sha1").hexdigest())
print(hmac.compare_digest(b"abc", b"abc"), hmac.compare_digest("a", "b"))
try:
    hmac.new(b"k")
except TypeError as e:
    print("TypeError", e)
