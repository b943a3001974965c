# TypeError from unsupported operand types
items = [1, 2, 3]
label = "count: "
print(label + str(len(items)))
print(label + len(items))
