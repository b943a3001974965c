# Generator expressions are full generators: send(None), throw, close, gi_ attributes.
ge = (x * 2 for x in range(5))
print(ge.send(None), next(ge))
try:
    ge.send(1)
    print("genexp accepts sent value (ignored)")
except TypeError as e:
    print("TypeError", e)
try:
    ge.throw(ValueError("into genexp"))
except ValueError as e:
    print("ValueError", e)
print(list(ge))
ge2 = (x for x in "abc")
next(ge2)
ge2.close()
print(list(ge2))
ge3 = (x for x in range(3))
print(ge3.gi_code.co_name, ge3.gi_frame is not None, ge3.gi_running)
print(ge3.gi_code.co_varnames, ge3.gi_code.co_argcount)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
cond = (x for x in range(10) if x % 2 if x % 3)
print(list(cond))
matrix = [[1, 2], [3, 4]]
print(list(v for row in matrix for v in row), sum(sum(r) for r in matrix))
gen_of_gens = ((c for c in w) for w in ["ab", "cd"])
print([list(g) for g in gen_of_gens])
