# Raising an exception class with no arguments prints just the class name.
class EmptyError(Exception):
    pass

def check(values):
    if not values:
        raise EmptyError
    return values[0]

print(check([1, 2]))
try:
    check([])
except EmptyError as e:
    print("caught", repr(e), str(e) == "", e.args)
check(())
