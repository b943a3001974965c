# Freeing a very deep chain of containers must not overflow the stack: CPython's trashcan
# parks objects past a nesting depth and frees them afterwards.
import gc
gc.disable()
i = filter(bool, range(1))
for _ in range(30000): i = filter(bool, i)
del i
print("filter ok")
l = None
for _ in range(30000): l = [l]
del l
print("list ok")
t = None
for _ in range(30000): t = (t,)
del t
print("tuple ok")
d = None
for _ in range(30000): d = {1: d}
del d
print("dict ok")
class Node:
    def __init__(self, nxt): self.nxt = nxt
    def __del__(self): pass
n = None
for _ in range(30000): n = Node(n)
del n
print("objects with __del__ ok")
