# while/for with break/continue/else
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while else ran")

i = 0
while True:
    i += 1
    if i > 3:
        break
print("broke at", i)

n = 10
while n > 0:
    n -= 3
    if n == 4:
        break
else:
    print("not printed")
print("n", n)

for x in range(3):
    print("for", x)
else:
    print("for else ran")

for x in range(10):
    if x == 4:
        print("found 4")
        break
else:
    print("not found")

for x in []:
    print("never")
else:
    print("empty for else")

def find_prime_factors(n):
    out = []
    for p in range(2, n + 1):
        while n % p == 0:
            out.append(p)
            n //= p
        if n == 1:
            break
    return out

print(find_prime_factors(360), find_prime_factors(97))

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j, end="; ")
print()

total = 0
for c in "hello":
    total += ord(c)
print(total)

for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)

x = 99
for x in range(2):
    pass
print("x after loop", x)
