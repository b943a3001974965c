# A chain mixing an explicit cause and an implicit context, three exceptions deep.
def level3():
    return {}["deep"]

def level2():
    try:
        level3()
    except KeyError as e:
        raise ValueError("level2 could not continue") from e

def level1():
    try:
        level2()
    except ValueError:
        print("level1 handling, then failing itself")
        raise RuntimeError("level1 gave up")

print("start")
level1()
