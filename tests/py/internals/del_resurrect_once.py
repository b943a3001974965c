# PEP 442: __del__ runs once per object, even when it resurrects the object.
import sys

keep = []

class Phoenix:
    calls = 0
    def __del__(self):
        Phoenix.calls += 1
        print("__del__ call", Phoenix.calls)
        keep.append(self)

p = Phoenix()
del p
print("after first del, kept:", len(keep))
keep.clear()
print("after clear, calls:", Phoenix.calls)

class Once:
    def __del__(self):
        print("Once.__del__")

o = Once()
del o
print("done")
