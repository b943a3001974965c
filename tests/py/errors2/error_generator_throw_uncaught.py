# An exception thrown into a generator with throw() and not handled there reaches the top level.
def worker():
    count = 0
    while True:
        try:
            job = yield count
            print("job", job)
            count += 1
        except KeyError:
            print("worker skipped a KeyError")

w = worker()
next(w)
w.send("a")
w.throw(KeyError("ignored"))
w.send("b")
w.throw(ValueError("fatal for the worker"))
