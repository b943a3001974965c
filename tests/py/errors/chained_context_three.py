# Implicit exception chaining three levels deep
try:
    {}["a"]
except KeyError:
    try:
        [][0]
    except IndexError:
        int("not a number")
