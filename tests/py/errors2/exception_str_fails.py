# When an exception's __str__ itself raises, the traceback shows "<exception str() failed>".
class Fragile(Exception):
    def __str__(self):
        raise RuntimeError("cannot render")

def risky(flag):
    if flag:
        raise Fragile("payload")
    return "fine"

print(risky(False))
try:
    risky(True)
except Fragile as e:
    print("caught", type(e).__name__, e.args)
risky(True)
