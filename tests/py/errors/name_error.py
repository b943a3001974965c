# Uncaught NameError for an undefined name
value = 1
print("value is", value)
print(valeu)
