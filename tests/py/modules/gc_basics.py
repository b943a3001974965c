# The gc module's interface: state switches, thresholds, callbacks, tracking rules,
# referents of containers, and argument errors.
import gc

print(gc.isenabled())
gc.disable(); print(gc.isenabled())
gc.enable(); print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500); print(gc.get_threshold())
gc.set_threshold(700, 10, 10); print(gc.get_threshold())
print(gc.get_debug())
gc.set_debug(gc.DEBUG_STATS & 0); print(gc.get_debug())
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(type(gc.collect()), type(gc.get_count()), len(gc.get_count()))
print(gc.garbage, type(gc.callbacks))
print(sorted(gc.get_stats()[0]))

events = []
def cb(phase, info):
    events.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect(0)
gc.collect(generation=1)
gc.callbacks.remove(cb)
print(events)

for bad in (3, -1):
    try:
        gc.collect(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError", e)
for bad in (3, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    gc.is_tracked()
except TypeError as e:
    print("TypeError", e)

class UserClass:
    pass
class UserInt(int):
    pass
class Slots:
    __slots__ = ()
for obj in (None, 1, 1.0, 1j, True, b"a", "a", bytearray(b"a"), type, int, object(), ()):
    print("untracked", repr(obj)[:20], gc.is_tracked(obj))
for obj in (gc, UserClass, UserClass(), UserInt(), [], set(), Slots(), {1: []}, ([],), lambda: 0):
    print("tracked", type(obj).__name__, gc.is_tracked(obj))
gc.collect()
print(gc.is_tracked((1, 2)), gc.is_tracked((1, (2, "a"))), gc.is_tracked({1: "a"}), gc.is_tracked({}))
d = {}
d[1] = []
print(gc.is_tracked(d))
d[1] = None
gc.collect()
print(gc.is_tracked(d))

print(gc.get_referents([1, "a"], (2,)), gc.get_referents({1: "b"}), sorted(gc.get_referents({3, 4})))
print(gc.get_referents(1, "x", None))
print(gc.is_finalized(UserClass()))
gc.freeze()
print(gc.get_freeze_count() >= 0)
gc.unfreeze()
