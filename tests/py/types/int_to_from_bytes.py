# int.to_bytes / int.from_bytes: byte orders, signedness, defaults and overflow errors.
for n in [0, 1, 127, 128, 255, 256, 65535, 2**64 - 1, 2**100]:
    length = max(1, (n.bit_length() + 7) // 8)
    print(n, n.to_bytes(length, "big").hex(), n.to_bytes(length, "little").hex(), n.to_bytes(length + 2, "big").hex())
for n in [-1, -128, -129, -32768, 127, -(2**63)]:
    print(n, n.to_bytes(8, "big", signed=True).hex(), n.to_bytes(8, "little", signed=True).hex())
print((5).to_bytes(), (5).to_bytes(2), (5).to_bytes(length=3, byteorder="little"))
cases = [b"", b"\x00", b"\x01\x00", b"\xff", b"\xff\xff", b"\x80\x00", b"\x7f" + b"\xff" * 9, bytes(range(20))]
for bs in cases:
    print(bs.hex(), int.from_bytes(bs, "big"), int.from_bytes(bs, "little"),
          int.from_bytes(bs, "big", signed=True), int.from_bytes(bs, "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x01\x02"), "little"), int.from_bytes(b"\x10"))
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x01\x00", "big")
print(type(r).__name__, r)
print(bool.from_bytes(b"\x00", "big"), bool.from_bytes(b"\x02", "big"))
for args, kw in [((300, 1, "big"), {}), ((-1, 1, "big"), {}), ((128, 1, "big"), {"signed": True}),
                 ((-129, 1, "big"), {"signed": True}), ((1, -1, "big"), {}), ((1, 1, "middle"), {})]:
    try:
        args[0].to_bytes(*args[1:], **kw)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
try:
    int.from_bytes(b"\x01", "sideways")
except ValueError as e:
    print("ValueError", e)
try:
    int.from_bytes("abc", "big")
except TypeError as e:
    print("TypeError", e)
print((0).to_bytes(0, "big"), (2**8 - 1).to_bytes(1, "little", signed=False))
for n in range(-300, 300, 37):
    b = n.to_bytes(2, "big", signed=True)
    assert int.from_bytes(b, "big", signed=True) == n
print("roundtrip ok")
