# Dropping the last reference to a suspended generator closes it: finally/GeneratorExit run immediately.
def tracked(name):
    try:
        print(name, "started")
        yield 1
        yield 2
    except GeneratorExit:
        print(name, "GeneratorExit")
        raise
    finally:
        print(name, "finally")
g = tracked("a")
next(g)
print("dropping a")
del g
print("after del a")
g2 = tracked("b")
next(g2)
g2 = None
print("after rebinding b")
def use():
    local = tracked("c")
    next(local)
    print("leaving use()")
use()
print("after use()")
for x in tracked("d"):
    print("loop got", x)
    break
print("after break")
never_started = tracked("e")
del never_started
print("unstarted generator dropped silently")
lst = [tracked("f"), tracked("g")]
for gen in lst:
    next(gen)
del gen
print("clearing list")
lst.clear()
print("end")
