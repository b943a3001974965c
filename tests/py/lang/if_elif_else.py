# if / elif / else and conditional expressions
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))

def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"

print([sign(n) for n in (-2, 0, 2)])

x = []
if x:
    print("x truthy")
else:
    print("x falsy")

if not x and True:
    print("not x")

value = 0
if value:
    pass
elif value is None:
    print("None")
elif value == 0:
    print("zero")

y = 5
if y > 3:
    if y > 4:
        print("y > 4")
    else:
        print("3 < y <= 4")

if (z := y * 2) > 8:
    print("z is", z)

a = 1 if True else 1 / 0
b = 1 / 0 if False else 2
print(a, b)
print("yes" if [] else "no", "yes" if [0] else "no")

class Truthy:
    def __bool__(self):
        print("bool called")
        return True

if Truthy():
    print("object was truthy")
