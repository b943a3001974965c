if x is 1:
    pass
assert (x, 'message')
f = 'abc'(1)
g = [1, 2](3)
h = (1, 2)[1, 2]
return
