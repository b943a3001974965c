# Raising something that is not an exception is itself a TypeError.
class NotAnError:
    pass

def bad_raise(kind):
    if kind == "class":
        raise NotAnError
    if kind == "str":
        raise "just a string"
    raise 42

for kind in ["class", "str"]:
    try:
        bad_raise(kind)
    except TypeError as e:
        print(kind, "->", e)
bad_raise("int")
