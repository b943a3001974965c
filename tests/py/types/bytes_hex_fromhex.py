# bytes.hex with separators, bytes.fromhex/bytearray.fromhex and their errors.
b = bytes(range(0, 256, 17))
print(b.hex(), b.hex(":"), b.hex(" ", 2), b.hex("-", -3), b.hex(b"_", 4), b.hex("|", 100))
print(b"".hex(), b"".hex(":"), b"\x01".hex(":"), bytearray(b"\xab\xcd").hex("."), bytes(b"\x01\x02\x03").hex())
print(bytes.fromhex(""), bytes.fromhex("00ff"), bytes.fromhex(" 0a 0B\t0c\n"), bytes.fromhex("deadBEEF"), bytearray.fromhex("01 02"))
for bad in ["0", "0g", "0 1", "zz", "\u00e9", "1 2 3"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
for sep in ["::", "é", 5]:
    try:
        b"ab".hex(sep)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class MyBytes(bytes):
    pass
m = MyBytes.fromhex("4142")
print(type(m).__name__, m, type(bytearray.fromhex("41")).__name__)
print(hex(int.from_bytes(bytes.fromhex("0102"), "big")), bytes.fromhex(b"41".decode()))
try:
    bytes.fromhex(b"41")
except TypeError as e:
    print("TypeError", e)
