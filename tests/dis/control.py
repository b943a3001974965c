def loops(seq, n):
    total = 0
    for i in seq:
        if i % 2 == 0 and i > 3 or not i:
            continue
        elif i == 7:
            break
        total += i
    else:
        total = -1
    while n > 0:
        n -= 1
        if n == 5:
            break
    else:
        pass
    while True:
        n += 1
        if n > 10:
            return n
    return total

def exceptions(f):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(e)
    except KeyError:
        pass
    except:
        raise
    else:
        print("else")
    finally:
        print("finally")
    try:
        return f()
    finally:
        print("cleanup")

def groups(f):
    try:
        f()
    except* ValueError as eg:
        print(eg)
    except* TypeError:
        pass

def withs(path, lock):
    with open(path) as fh, lock:
        data = fh.read()
    with lock:
        for line in data:
            if line:
                return line
    return None

def conditions(a, b, c):
    if a < b < c:
        pass
    x = a if b else c
    y = a and b or c
    z = not a
    assert a, "message"
    assert b
    if __debug__:
        print("debug")
    return 1 < a <= b != c

def in_finally(items):
    for x in items:
        try:
            continue
        finally:
            print(x)
    try:
        pass
    finally:
        return 2
