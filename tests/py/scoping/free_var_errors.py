# NameError for free variables not yet bound or deleted, versus globals and builtins.
def outer():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
    late = 1
    print(inner())
    del late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, "|", e)
outer()
def missing_global():
    return undefined_global_name
try:
    missing_global()
except NameError as e:
    print(type(e).__name__, "|", e, "|", e.name if hasattr(e, "name") else "")
def near_miss():
    lenght = 3
    return lenght + lennn
try:
    near_miss()
except NameError as e:
    print(type(e).__name__, "|", e)
class C:
    def m(self):
        return undefined_in_method
try:
    C().m()
except NameError as e:
    print(type(e).__name__, "|", e)
try:
    exec("print(nothing_here)")
except NameError as e:
    print(type(e).__name__, "|", e)
try:
    eval("a_b_c + 1", {"a_b_d": 1})
except NameError as e:
    print(type(e).__name__, "|", e)
def deleted_arg(p):
    del p
    return p
try:
    deleted_arg(1)
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
