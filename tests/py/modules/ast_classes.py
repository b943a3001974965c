# Every class of _ast against CPython's: base, docstring, _fields, _attributes,
# __match_args__ and the class defaults (None for the optional fields and end positions).
import _ast

for name, cls in _ast.__dict__.items():
    if not isinstance(cls, type) or name.startswith("__"):
        continue
    own = {k: v for k, v in cls.__dict__.items() if k not in ("__doc__", "__module__", "__dict__", "__weakref__", "__new__", "__init__", "__reduce__", "__getattribute__", "__setattr__", "__delattr__")}
    fields = own.pop("_fields", None)
    match_args = own.pop("__match_args__", None)
    attributes = own.pop("_attributes", None)
    print(name, cls.__base__.__name__, cls.__module__, fields, match_args == fields, attributes, sorted(own.items()))
    print("   ", repr(cls.__doc__))
