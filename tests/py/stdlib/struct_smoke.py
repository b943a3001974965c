import struct
b = struct.pack("<ihbQ?", -1, 513, 7, 2 ** 40, True); print(b, struct.unpack("<ihbQ?", b), struct.calcsize("<ihbQ?"))
print(struct.pack(">f d", 1.5, -2.25), struct.unpack(">H", b"\x01\x02"), struct.pack("3s5p", b"abcdef", b"xy"), struct.pack("@c", b"z"))
s = struct.Struct("!IH"); print(s.size, s.format, s.pack(1, 2), s.unpack(b"\x00\x00\x00\x05\x00\x06"), list(s.iter_unpack(bytes(12))))
buf = bytearray(8); struct.pack_into("<I", buf, 2, 0xdeadbeef); print(buf, struct.unpack_from("<I", buf, 2))
print(struct.pack("e", 0.5), struct.unpack("<q", struct.pack("<q", -2 ** 63)))
for fmt, args in [("b", (200,)), ("i", ("x",)), ("z", (1,)), ("2i", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("error", e)
try:
    struct.unpack("i", b"12")
except struct.error as e:
    print("error", e)
