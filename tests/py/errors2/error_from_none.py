# raise ... from None hides the context; only the last exception appears in the traceback.
class LookupFailed(Exception):
    pass

def find(mapping, key):
    try:
        return mapping[key]
    except KeyError:
        raise LookupFailed(f"{key!r} not found among {sorted(mapping)}") from None

colors = {"red": "#f00", "green": "#0f0"}
print(find(colors, "red"))
try:
    find(colors, "blue")
except LookupFailed as e:
    print("suppressed context:", e.__suppress_context__, repr(e.__context__))
find(colors, "purple")
