# OverflowError from float arithmetic and conversion.
values = [1.5, 2.0, 10.0]
squares = [v ** 2 for v in values]
print(squares)
big = 10 ** 308
print(float(big) * 1.0)
try:
    float(10 ** 400)
except OverflowError as e:
    print("caught", e)
growth = 2.0
for step in range(12):
    growth = growth ** 2
    print(step, growth)
