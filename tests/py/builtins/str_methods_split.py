# str.split, rsplit, splitlines, join, partition
s = "  the quick  brown\tfox\n jumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,c".split(",", maxsplit=0))
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a b  c".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), ",".split(","))
print("a::b::c".split("::"), "one two".split(maxsplit=5), "  x  y  ".rsplit())
print("a  b  c".split(None, 1), "  a  b  c  ".rsplit(None, 1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("l1\nl2\r\nl3\rl4".splitlines(), "l1\nl2\n".splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(), "x\x0by\x1cz".splitlines())
print("no newline".splitlines(), "a\nb".split("\n"))
print("-".join(["a", "b", "c"]), "".join("xyz"), ", ".join(str(i) for i in range(3)))
print(" ".join([]), "ab".join("123"), "-".join(("only",)))
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print("key=value=x".partition("="), "novalue".partition("="), "a=b".partition("a=b"))
print("key=value=x".rpartition("="), "none".rpartition("="))
try:
    "x".partition("")
except ValueError as e:
    print(type(e).__name__, e)
path = "/usr/local/bin/python"
print(path.split("/"), path.rsplit("/", 1)[-1], path.partition("/")[2])
csv = "name,age\nann,30\nbob,25"
print([line.split(",") for line in csv.splitlines()])
print("a\tb\tc".split("\t"), "1 2 3".split(" ", -1), "x".split("x"))
print("aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("a\u3000b\u00a0c".split(), "a\x1fb".split())
