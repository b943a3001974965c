# Uncaught KeyError
prices = {"apple": 1.25, "pear": 0.75}
print(prices["apple"])
print(prices["banana"])
