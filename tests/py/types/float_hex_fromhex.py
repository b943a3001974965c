# float.hex and float.fromhex round trips, odd spellings and errors.
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.0, 1 / 3, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 1024.0, 0.75]
for v in vals:
    h = v.hex()
    back = float.fromhex(h)
    print(repr(v), h, repr(back), back == v or (v != v and back != back))
for s in ["0x1p0", "0X1P+2", "-0x1.8p1", "1p4", "0x.8p0", "0x1.", " 0x10 ", "0x1.fffffffffffff8p1023" if False else "0x1p-1074",
          "0x1p-1075", "0x1.8p-1074", "inf", "-Infinity", "nan", "0x1.000000000000080000p0", "0x1.000000000000080001p0", "0xABCDEFp-24"]:
    print(repr(s), repr(float.fromhex(s)))
for s in ["", "0x", "0xg", "0x1p", "1.2.3", "0x1p1x", "--0x1"]:
    try:
        float.fromhex(s)
    except ValueError as e:
        print("ValueError", repr(s), e)
for s in ["0x1p1024", "0x2p1023"]:
    try:
        float.fromhex(s)
    except OverflowError as e:
        print("OverflowError", e)
class MyFloat(float):
    pass
m = MyFloat.fromhex("0x1.8p0")
print(type(m).__name__, m)
print((2.0).hex(), (-0.1).hex(), float.hex(12.5))
