# An operation that raises must not free the operands the stack still holds
import sys
class Q: pass
q = Q()
before = sys.getrefcount(q)
for i in range(3):
    try: 5 + (q,)
    except TypeError as e: print(e)
    try: 5 < (q,)
    except TypeError as e: print(e)
    try:
        x = 5
        x += (q,)
    except TypeError as e: print(e)
    try: list[int][q,]
    except TypeError as e: print(e)
    try: {}[q,]
    except KeyError as e: print("KeyError")
print(sys.getrefcount(q) == before)
