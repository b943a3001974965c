import uuid
u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int, u.bytes, u.version, u.variant, u.urn, u.fields)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_URL, "http://x"))
r = uuid.uuid4(); print(r.version, len(str(r)), uuid.UUID(str(r)) == r)
print(uuid.UUID(bytes=b"\x00" * 16), uuid.UUID(int=1), uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID(bytes_le=u.bytes_le) == u)
print(uuid.uuid1().version, sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
try:
    uuid.UUID("bad")
except ValueError as e:
    print("ValueError", e)
