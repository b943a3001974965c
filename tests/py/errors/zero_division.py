# Uncaught ZeroDivisionError at module level
total = 10
count = 0
print("about to divide")
average = total / count
