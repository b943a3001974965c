# Native functions, method descriptors and static types keep their signature at the head
# of the internal docstring ("name(...)\n--\n\n"): __text_signature__ gives it, __doc__
# leaves it out, and inspect.signature reads it.
import gc
import inspect

for o in [len, gc.collect, gc.is_tracked, gc.get_referents, float.conjugate, complex, list.append, [].append, int]:
    sig = o.__text_signature__
    doc = o.__doc__
    print(getattr(o, "__qualname__", o), repr(sig), doc is None or not doc.startswith(o.__name__ + "("))
print(inspect.signature(len), inspect.signature(gc.collect), inspect.signature(list.append))
print(inspect.signature(complex))
