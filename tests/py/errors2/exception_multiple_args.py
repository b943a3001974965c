# An exception with several arguments prints the args tuple.
def validate(record):
    if "id" not in record:
        raise ValueError("missing field", "id", record)
    return record["id"]

print(validate({"id": 7}))
try:
    validate({})
except ValueError as e:
    print(e.args[0], e.args[1])
validate({"name": "x"})
