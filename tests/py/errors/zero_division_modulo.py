# Uncaught ZeroDivisionError from % inside a function
def bucket(n, size):
    return n % size
print(bucket(7, 3))
print(bucket(7, 0))
