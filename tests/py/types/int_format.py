# format() on ints with every presentation type, sign, alignment, grouping and '#'.
nums = [0, 5, -5, 255, -255, 1234567, -1234567, 2**64, -(2**70)]
specs = ["", "d", "5d", "<8d", ">8d", "^9d", "=+10d", "+d", " d", "-d", "08d", "_d", ",d", "012,d",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_x", "#_b", "#010x", "n", "e", ".2f", "%", "g", "*^12,"]
for n in nums:
    print(n, [format(n, s) for s in specs])
print(format(65, "c"), format(0x1F600, "c"), format(10, "c"))
for bad in ["s", ".2d", ",b", "_n", "z"]:
    try:
        format(5, bad)
    except ValueError as e:
        print("ValueError", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError", e)
try:
    format(5, "+c")
except ValueError as e:
    print("ValueError", e)
print(f"{42:>{6}}", f"{42:{'<'}{6}}|", f"{255:#0{10}x}")
print("{:,}".format(10**20), "{:_}".format(-10**12), "{:_o}".format(8**9))
print("%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o" % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print("%d %i %u" % (3, -4, 5), "%c%c" % (72, "i"), "%.3d" % 7, "%*d" % (6, 9), "%-*d|" % (4, 1))
print(format(True, "d"), format(True, ""), format(False, "#x"), f"{True:5}|")
