# UnicodeDecodeError names the codec, the byte, its position and the reason.
samples = [b"plain ascii", "caf\u00e9".encode("utf-8"), b"\xe2\x82\xac euro"]
for raw in samples:
    print(raw.decode("utf-8"))
print(b"caf\xe9".decode("latin-1"))
print(b"caf\xe9".decode("utf-8", "replace"))
b"caf\xe9 au lait".decode("utf-8")
