# raise ... from ..., __cause__, __context__, __suppress_context__
class ConfigError(Exception):
    pass

def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError(f"missing {key}") from e

try:
    load({}, "port")
except ConfigError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__)
    print(e.__context__ is e.__cause__, e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no cause") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    try:
        [][0]
    except IndexError:
        raise TypeError("implicit")
except TypeError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

try:
    raise RuntimeError("explicit") from KeyError("k")
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__context__)

try:
    raise ValueError from TypeError
except ValueError as e:
    print(repr(e), repr(e.__cause__))

try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)

err = ValueError("manual")
print(err.__cause__, err.__context__, err.__suppress_context__)
err.__cause__ = KeyError("set")
print(repr(err.__cause__), err.__suppress_context__)

def chain_depth(e):
    n = 0
    while e is not None:
        n += 1
        e = e.__cause__ or e.__context__
    return n

try:
    try:
        try:
            raise OSError("a")
        except OSError as a:
            raise KeyError("b") from a
    except KeyError:
        raise ValueError("c")
except ValueError as e:
    print("chain depth", chain_depth(e))
