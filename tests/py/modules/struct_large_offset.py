# struct's buffer-size errors print offsets past 2**53 exactly.
import struct, sys
for off in (sys.maxsize, 2**53 + 1, 100, -3):
    try: struct.pack_into('<I', bytearray(10), off, 1)
    except struct.error as e: print(e)
    try: struct.unpack_from('<I', bytearray(10), off)
    except struct.error as e: print(e)
    try: struct.Struct('<I').unpack_from(bytearray(10), offset=off)
    except struct.error as e: print(e)
