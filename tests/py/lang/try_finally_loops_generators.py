# finally with while loops, except-return, generators and re-raise
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("finally", n)
print(while_finally())

def except_return_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(except_return_finally())

def generator_finally():
    try:
        yield 1
    finally:
        print("gen finally")
for v in generator_finally():
    print("got", v)
    break
print("after break")

def reraise_in_except():
    try:
        try:
            raise TypeError("t")
        except TypeError:
            raise ValueError("v")
        finally:
            print("finally sees propagation")
    except ValueError as e:
        return f"{e!r} context={e.__context__!r}"
print(reraise_in_except())
