import types, ast, asyncio
def tryit(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:70])
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
def outer():
    x = 5
    def inner(a, b=2): return a + b + x
    return inner
inner = outer()
g = {'__builtins__': __builtins__}
f = types.FunctionType(inner.__code__, g, 'nm', (10,), inner.__closure__)
tryit("call", lambda: f(1))
tryit("defaults", lambda: f(1, 1))
print(f.__name__, f.__qualname__, f.__defaults__)
tryit("no closure", lambda: types.FunctionType(inner.__code__, {}))
tryit("bad closure", lambda: types.FunctionType(inner.__code__, {}, None, None, (1,)))
tryit("closure len", lambda: types.FunctionType(inner.__code__, {}, None, None, ()))
tryit("bad code", lambda: types.FunctionType(1, {}))
tryit("bad globals", lambda: types.FunctionType(outer.__code__, 1))
tryit("bad name", lambda: types.FunctionType(outer.__code__, {}, 1))
tryit("bad defaults", lambda: types.FunctionType(outer.__code__, {}, None, [1]))
tryit("closure not tuple", lambda: types.FunctionType(outer.__code__, {}, None, None, [1]))
h = types.FunctionType(compile("x = len('abc')", "s", "exec"), {})
tryit("builtins default", lambda: (h(), h.__builtins__ is __builtins__.__dict__))
co = compile("a = await asyncio.sleep(0, result=1)", "?", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(bool(co.co_flags & 0x80))
gl = {'asyncio': asyncio, 'a': 0}
asyncio.run(types.FunctionType(co, gl)())
print(gl['a'])
gl = {'asyncio': asyncio, 'a': 0}
asyncio.run(eval(co, gl))
print(gl['a'])
tryit("no flag", lambda: compile("await x", "?", "exec"))
