# The traceback names an exception class by module and qualname unless the module is __main__/builtins.
class Outer:
    class InnerError(LookupError):
        pass

class Relocated(Exception):
    pass
Relocated.__module__ = "myapp.errors"

try:
    raise Outer.InnerError("nested class")
except LookupError as e:
    print("caught", type(e).__qualname__, e)

def fail():
    raise Relocated("from a pretend module")

print("about to fail")
fail()
