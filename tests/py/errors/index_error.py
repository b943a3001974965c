# Uncaught IndexError
letters = ["a", "b", "c"]
print(letters[2])
print(letters[3])
