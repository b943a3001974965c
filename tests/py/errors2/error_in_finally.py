# An exception raised in a finally block replaces the one in flight (which becomes its context).
def process(items):
    handle = {"open": True}
    try:
        for item in items:
            print("processing", item)
            if item == "bad":
                raise ValueError("bad item")
    finally:
        print("closing")
        handle.clear()
        handle["open"]

process(["a"]) if False else None
process(["x", "bad", "y"])
