# Lib/contextvars.py re-exports _contextvars.
import contextvars

var = contextvars.ContextVar("var", default="default")
print(var.get(), contextvars.copy_context().get(var), contextvars.Context.__module__)
token = var.set("changed")
ctx = contextvars.copy_context()
var.reset(token)
print(var.get(), ctx[var], ctx.run(var.get), sorted(contextvars.__all__))
