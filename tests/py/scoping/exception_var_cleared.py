# `except E as name` unbinds name at the end of the handler, even if it existed before.
err = "previous value"
try:
    raise ValueError("x")
except ValueError as err:
    print("inside", repr(err))
try:
    print(err)
except NameError as e:
    print("NameError", e)
def in_function():
    e = "local before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return f"UnboundLocalError: {u}"
print(in_function())
def keep_reference():
    saved = None
    try:
        raise KeyError("kept")
    except KeyError as exc:
        saved = exc
    return repr(saved)
print(keep_reference())
def nested_handlers():
    try:
        raise TypeError("outer")
    except TypeError as a:
        try:
            raise ValueError("inner")
        except ValueError as b:
            print("both bound:", repr(a), repr(b))
        print("a still bound:", repr(a), "b bound:", "b" in locals())
    print("after: a bound:", "a" in locals())
nested_handlers()
def star_handler():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as eg:
        print("in except*", type(eg).__name__)
    return "eg" in locals()
print(star_handler())
for i in range(2):
    try:
        raise IndexError(i)
    except IndexError as loop_err:
        last = loop_err
print(repr(last), "loop_err" in globals())
