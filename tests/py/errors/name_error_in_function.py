# NameError raised inside a function call
def greet(name):
    return "Hello, " + nmae
print("calling greet")
greet("world")
