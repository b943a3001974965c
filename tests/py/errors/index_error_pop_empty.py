# IndexError from popping an empty list in a loop
stack = [1, 2]
while True:
    print("popped", stack.pop())
