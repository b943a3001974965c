# An exception inside a generator consumed by nested function calls: every frame is listed.
def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)

def consume(gen):
    total = 0
    for n in gen:
        total += n
    return total

def report(limit):
    return f"total={consume(numbers(limit))}"

print(report(2))
print(report(3))
print(report(4))
