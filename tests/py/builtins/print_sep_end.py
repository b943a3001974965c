# print with sep and end
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="\n", end="\n---\n")
print(1, 2.5, None, True, [1], (2,), {"k": 3})
print(*range(5), sep=" | ")
print(*[], sep="never")
print("end is None", end=None)
print("sep is None", "ok", sep=None)
print("multi", end="")
print("", end="")
print()
print("tab", "sep", sep="\t")
print("a", 1, sep=str(0))
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=b"")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "custom repr"
print(S(), [S()])
print("unicode: é ☃ 日本", "emoji-free")
print("", "", sep="|")
print(" leading", "trailing ")
print("%d items" % 3, "done", sep=": ", end="!\n")
import sys
print("to stdout explicitly", file=sys.stdout)
print("flush ok", flush=True)
sys.stdout.write("written directly\n")
print(len("returns None"), print("inner") is None)
