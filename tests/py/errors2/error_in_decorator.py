# An error raised while a decorator is applied, at definition time, with the decorator frames listed.
registry = {}
def register(name):
    def deco(fn):
        if name in registry:
            raise KeyError(f"{name!r} already registered by {registry[name].__name__}")
        registry[name] = fn
        return fn
    return deco

@register("add")
def add(a, b):
    return a + b

@register("sub")
def sub(a, b):
    return a - b

print(sorted(registry), add(1, 2), sub(5, 3))

@register("add")
def plus(a, b):
    return a + b
