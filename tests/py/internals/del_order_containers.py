# __del__ order when containers are freed: lists from the end, dicts in insertion order, tuples from the end.
class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
lst = [N("l0"), N("l1"), N("l2")]
print("drop list")
del lst
tup = (N("t0"), N("t1"), N("t2"))
print("drop tuple")
del tup
d = {"a": N("d0"), "b": N("d1"), "c": N("d2")}
print("drop dict")
del d
s = [N("s0")]
s.append(N("s1"))
s.insert(0, N("s-1"))
print("clear list")
s.clear()
nested = [N("outer0"), [N("inner0"), N("inner1")], N("outer2")]
print("drop nested")
nested = None
ks = {N("key"): N("value")}
print("drop key/value dict")
del ks
pairs = [(N("p0a"), N("p0b")), (N("p1a"), N("p1b"))]
print("slice delete")
del pairs[:1]
print("remaining", len(pairs))
pairs.pop()
print("end")
