import base64
data = b"hello, world\x00\xff"
for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                 (base64.b32encode, base64.b32decode), (base64.b16encode, base64.b16decode),
                 (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode),
                 (base64.b32hexencode, base64.b32hexdecode)]:
    e = enc(data)
    print(enc.__name__, e, dec(e) == data)
print(base64.standard_b64encode(b"abc"), base64.encodebytes(b"x" * 60))
print(base64.b64decode("YWJj"))
try:
    base64.b64decode(b"abc", validate=True)
except Exception as ex:
    print(type(ex).__name__, ex)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"))
