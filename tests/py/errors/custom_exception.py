# Uncaught custom exception class with a custom __str__
class ValidationError(Exception):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field = field
        self.reason = reason
    def __str__(self):
        return f"{self.field}: {self.reason}"

def validate(age):
    if age < 0:
        raise ValidationError("age", "must be non-negative")
    return age

print(validate(30))
validate(-1)
