print(1]
