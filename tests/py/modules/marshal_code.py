# Code objects through marshal: the same bytes as CPython, and round trips.
import marshal


# Compiled under a fixed file name: co_filename is part of the bytes, and the program's own
# path depends on where the checkout is.
SOURCE = """
def f(a, b=2, *args, c, **kw):
    "doc"
    x = [a, b, c]
    return lambda y: x + [y, "some text", 1.5, (1, 2)]
"""
namespace = {}
exec(compile(SOURCE, "marshal_code_source", "exec"), namespace)
f = namespace["f"]


# (Which objects carry FLAG_REF in a code object depends on CPython's reference counts;
# the hex is not compared here: the .pyc tests check the layout.)
co = f.__code__
data = marshal.dumps(co)
co2 = marshal.loads(data)
print(co2.co_name, co2.co_varnames, co2.co_filename == co.co_filename, co2.co_consts[0])
print(marshal.dumps(co, 2).hex())
print(marshal.dumps(co, 0).hex())
for v in range(5):
    back = marshal.loads(marshal.dumps(co, v))
    inner = back.co_consts[1]
    print(v, back.co_name, back.co_consts[0], back.co_argcount, back.co_kwonlyargcount, inner.co_name, inner.co_consts[1:])

# Code objects inside other objects.
c1 = compile("x = 1", "f1", "exec")
c2 = compile("y = 'two'", "f2", "exec")
both = marshal.dumps([c1, c2, c1, "tail", (1, 2)])
l = marshal.loads(both)
print(l[0].co_filename, l[1].co_filename, l[0] is l[2], l[3], l[4])
g = {}
exec(l[1], g)
print(g["y"])
print(marshal.loads(marshal.dumps((c1,) * 3000))[-1].co_filename)
