# An instruction with EXTENDED_ARG prefixes keeps its whole oparg when it specializes
# itself or falls back after a cache miss (here UNPACK_SEQUENCE 400).
target = "(" + "y," * 400 + ")"
ns = {}
exec(f"def unpack_400(x):\n    {target} = x\n    return y\n", ns)
f = ns["unpack_400"]
print([f(range(400)) for _ in range(30)][-1])
print([f(tuple(range(400))) for _ in range(30)][-1])
print([f(list(range(400))) for _ in range(30)][-1])
try:
    f(range(399))
except ValueError as e:
    print(e)
