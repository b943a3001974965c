# exec/eval with explicit namespaces: globals vs locals dicts, functions defined in exec, closures.
ns = {}
exec("x = 1\ndef f():\n    return x + 1\ny = f()", ns)
print(ns["x"], ns["y"], ns["f"](), sorted(k for k in ns if k != "__builtins__"))
g, l = {"a": 1}, {"b": 2}
exec("c = a + b", g, l)
print(sorted(k for k in g if k != "__builtins__"), l)
print(eval("a * 10 + b", g, l), eval("len('abc')"), eval("x", {"x": "from dict"}))
code = compile("z = w * 2", "<string>", "exec")
env = {"w": 21}
exec(code, env)
print(env["z"])
def func_exec():
    local_var = 5
    exec("local_var = 99\nnew_var = 1")
    return local_var, "new_var" in locals()
print(func_exec())
def func_eval():
    q = 7
    return eval("q + 1")
print(func_eval())
l2 = {}
exec("def g():\n    return h\nh = 'in locals'", {}, l2)
try:
    l2["g"]()
except NameError as e:
    print("NameError", e)
print(eval("[i for i in range(3)]"), eval("(lambda: 5)()"))
gl = {"__builtins__": {"len": len}}
print(eval("len('xy')", gl))
try:
    eval("print('no print')", gl)
except NameError as e:
    print("NameError", e)
