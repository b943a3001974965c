# Matching exceptions: base classes, tuples, re-raise, name unbinding
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not here")
    finally:
        print("inner finally")
except KeyError as e:
    print("outer caught", repr(e))

try:
    [][1]
except (IndexError, KeyError) as e:
    print("tuple catch", type(e).__name__, e)

try:
    {}["missing"]
except LookupError as e:
    print("base class catch", type(e).__name__, e)

e = "before"
try:
    raise Exception("x")
except Exception as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as z:
    print("re-raised", z)

try:
    int("abc")
except Exception as ex:
    print(type(ex).__name__, ex.args)
