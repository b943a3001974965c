# bytearray slice assignment: growing, shrinking, extended slices and self-assignment.
def show(label, ba):
    print(label, bytes(ba), len(ba))
ba = bytearray(b"0123456789")
ba[2:4] = b"ab"
show("same", ba)
ba[2:4] = b"ABCDE"
show("grow", ba)
ba[1:8] = b""
show("shrink", ba)
ba[0:0] = b"<<"
show("insert", ba)
ba[len(ba):] = b">>"
show("append", ba)
ba[::2] = b"x" * len(ba[::2])
show("step2", ba)
ba[::-1] = ba
show("reverse-self", ba)
ba[:] = ba
show("self", ba)
ba[1:3] = [65, 66, 67]
show("list", ba)
ba[0:2] = bytearray(b"zz")
show("bytearray", ba)
ba[5:2] = b"!"
show("empty-range", ba)
ba[-3:] = range(3)
show("range", ba)
ba[2:4] = bytes(b"MV")
show("bytes", ba)
for action in ["ba[::2] = b'x'", "ba[0:1] = 5", "ba[0:1] = 'ab'", "ba[0:1] = [300]", "ba[::3] = b''"]:
    try:
        exec(action)
        show(action, ba)
    except (ValueError, TypeError) as e:
        print(action, type(e).__name__, e)
del ba[1::2]
show("del step", ba)
ba = bytearray(b"abcdef")
ba[1:5:2] = b"XY"
show("ext", ba)
ba[::-2] = b"123"
show("neg ext", ba)
