# Five levels of function calls ending in an IndexError with carets under the subscript.
def a(data):
    return b(data, 0)

def b(data, depth):
    return c(data, depth + 1)

def c(data, depth):
    return d(data[depth:], depth + 1)

def d(rest, depth):
    return e(rest)[depth * 2]

def e(rest):
    return [x * 2 for x in rest]

print(a([1, 2, 3, 4, 5, 6, 7]))
print(a([1, 2]))
