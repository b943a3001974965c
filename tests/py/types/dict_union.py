# dict | and |= (PEP 584), with Mappings, iterables of pairs and errors.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a)
c = a
c |= b
print(c, a, c is a)
c |= [("w", 0), ("x", -1)]
print(c)
c |= {"k": "v"}.items()
print(c)
for bad in ["a | [('q', 1)]", "a | 1", "[('q', 1)] | a", "a |= 5", "a |= [1, 2]", "a |= ['ab', 'cde']"]:
    try:
        exec(bad)
        print(bad, "ok")
    except (TypeError, ValueError) as e:
        print(bad, type(e).__name__, e)
class D(dict):
    pass
d = D(p=1)
r = d | {"q": 2}
print(type(r).__name__, r)
r2 = {"q": 2} | d
print(type(r2).__name__, r2)
class Other:
    def __ror__(self, other):
        return "Other.__ror__"
print({} | Other())
print(dict(a=1) | dict(b=2) | dict(a=3))
e = {}
e |= e
print(e)
f = {1: 1}
f |= f
print(f)
