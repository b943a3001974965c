# UnboundLocalError in its many shapes: assignment after use, augmented assignment, conditional binding.
count = 0
def aug():
    count += 1
try:
    aug()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def use_before():
    print(value)
    value = 1
value = "global"
try:
    use_before()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def conditional(flag):
    if flag:
        result = "set"
    return result
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def loop_never_runs():
    for item in []:
        pass
    return item
try:
    loop_never_runs()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def except_var():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    except_var()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def import_later():
    try:
        return sys
    except UnboundLocalError as e:
        return f"UnboundLocalError {e}"
    import sys
print(import_later())
def class_def_later():
    try:
        return Later
    except UnboundLocalError as e:
        return f"UnboundLocalError {e}"
    class Later:
        pass
print(class_def_later())
def closure_unbound():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    v = 1
    return inner()
print(closure_unbound())
print(issubclass(UnboundLocalError, NameError))
