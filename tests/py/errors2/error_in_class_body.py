# An exception raised while a class body executes: the frame is named after the class.
def compute_default():
    return {"size": 3}["width"]

class Widget:
    name = "widget"
    size = 3
    print("defining Widget")
    width = compute_default()
    height = 4

print("never reached")
