# An uncaught ExceptionGroup prints a boxed traceback with numbered sub-exceptions (3.11 format).
def validate(values):
    errors = []
    for i, v in enumerate(values):
        if not isinstance(v, int):
            errors.append(TypeError(f"item {i} is {type(v).__name__}"))
        elif v < 0:
            errors.append(ValueError(f"item {i} is negative"))
    if errors:
        raise ExceptionGroup("validation failed", errors)
    return sum(values)

print(validate([1, 2, 3]))
try:
    validate([1, -1])
except* ValueError as eg:
    print("handled", len(eg.exceptions), "value errors")
validate([1, "two", -3, 4.0])
