# Unbounded recursion: RecursionError, with the repeated frame collapsed in the traceback.
import sys
sys.setrecursionlimit(120)

def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)

print(countdown(50))
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught", e)
forever(0)
