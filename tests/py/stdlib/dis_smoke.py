import dis, io
def f(a, b=1):
    c = a + b
    return c * 2
ins = list(dis.get_instructions(f))
print([(i.opname, i.argrepr) for i in ins])
buf = io.StringIO()
dis.dis(f, file=buf)
out = buf.getvalue().splitlines()
print(len(out) > 3, all(isinstance(l, str) for l in out))
print(dis.opname[dis.opmap["LOAD_CONST"]], dis.opmap["RETURN_VALUE"] in dis.opmap.values())
print(dis.code_info(f).splitlines()[0:3])
print(dis.findlinestarts(f.__code__).__class__.__name__, [l for _, l in dis.findlinestarts(f.__code__)])
b = dis.Bytecode("x = 1")
print([i.opname for i in b])
print(dis.stack_effect(dis.opmap["POP_TOP"]), dis.HAVE_ARGUMENT)
print("LOAD_FAST" in dis.opname, dis.hasconst[:3] == sorted(dis.hasconst)[:3])
