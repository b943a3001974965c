# raise SystemExit with no argument: exit status 0, no output on stderr, finally still runs.
def work():
    try:
        print("working")
        raise SystemExit
    finally:
        print("cleanup")

class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit sees", et.__name__)
        return False

with CM():
    work()
print("unreachable")
