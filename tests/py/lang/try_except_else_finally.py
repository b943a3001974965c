# try / except / else / finally
def attempt(x):
    log = []
    try:
        log.append("try")
        r = 10 / x
    except ZeroDivisionError as e:
        log.append(f"except {e}")
    except TypeError:
        log.append("type error")
    else:
        log.append(f"else {r}")
    finally:
        log.append("finally")
    return log

print(attempt(2))
print(attempt(0))
print(attempt("s"))

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs before return")

print(finally_return())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def finally_swallows():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return "swallowed"

print(finally_swallows())
