# Custom exception classes
class AppError(Exception):
    """Base error."""

class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name

class Invalid(AppError):
    def __init__(self, field, value):
        self.field = field
        self.value = value
    def __str__(self):
        return f"invalid {self.field}={self.value!r}"

for exc in [NotFound("user"), Invalid("age", -1), AppError("generic"), AppError()]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)

try:
    raise NotFound("file")
except Invalid:
    print("wrong")
except NotFound as e:
    print("name attr:", e.name)

print(issubclass(NotFound, AppError), issubclass(AppError, Exception), issubclass(AppError, BaseException))
print(NotFound.__mro__[1:3])
print([c.__name__ for c in NotFound.__mro__])

e = Exception(1, "two", [3])
print(e.args, str(e), repr(e))
print(str(Exception()), repr(Exception()), str(Exception("one")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()))

class WithDefaults(ValueError):
    code = 400

try:
    raise WithDefaults("bad request")
except ValueError as e:
    print(e, e.code, isinstance(e, WithDefaults))

class CustomRepr(Exception):
    def __repr__(self):
        return "CustomRepr!"

print(repr(CustomRepr("x")), str(CustomRepr("x")))

def raiser(cls):
    raise cls

try:
    raiser(NotImplementedError)
except RuntimeError as e:
    print("NotImplementedError is RuntimeError:", type(e).__name__)

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)

class NotAnException:
    pass

try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
