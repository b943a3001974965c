# Generators as methods, __iter__ implemented as a generator, generators capturing self and closures.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.depth_first()), list(t.leaves()), sum(t), 5 in t, max(t))
class Counter:
    def __init__(self):
        self.n = 0
    def ticks(self):
        while True:
            self.n += 1
            yield self.n
c = Counter()
ticks = c.ticks()
print(next(ticks), next(ticks), c.n)
c.n = 100
print(next(ticks))
def make_gens():
    gens = []
    for i in range(3):
        def g(i=i):
            yield i
        gens.append(g())
    return gens
print([next(g) for g in make_gens()])
def late_binding():
    gens = []
    for i in range(3):
        gens.append(lambda: (yield i))
    return [next(f()) for f in gens]
print(late_binding())
class Reversible:
    def __init__(self, data):
        self.data = data
    def __iter__(self):
        return iter(self.data)
    def __reversed__(self):
        for i in range(len(self.data) - 1, -1, -1):
            yield self.data[i]
print(list(reversed(Reversible("abc"))), list(Reversible("abc")))
