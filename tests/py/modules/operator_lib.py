# Lib/operator.py re-exports _operator: the dunder aliases, and the C getters.
import operator

print(operator.add(1, 2), operator.__add__(1, 2), operator.__iadd__([1], [2]), operator.__not__(0))
print(operator.attrgetter is __import__("_operator").attrgetter, operator.itemgetter(0)("xy"))
print(operator.methodcaller("f", 1, k=2).__reduce__()[0].func is operator.methodcaller)
print(operator.methodcaller("f", 1, k=2).__reduce__()[1], operator.length_hint([1, 2]))
print(sorted(n for n in dir(operator) if n.startswith("__i") and n.endswith("__"))[:6])
