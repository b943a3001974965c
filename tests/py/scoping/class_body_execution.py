# The class body runs like a function once: order of execution, conditional definitions, loops, del.
print("before class")
class K:
    print("executing class body")
    a = 1
    if a:
        b = "defined conditionally"
    else:
        c = "never"
    for i in range(3):
        pass
    squares = {}
    for j in range(3):
        squares[j] = j * j
    del j
    tmp = "temporary"
    del tmp
    def method(self):
        return "method"
    method_alias = method
    print("locals at end:", sorted(k for k in locals() if not k.startswith("__")))
print("after class")
print(K.b, K.i, K.squares, hasattr(K, "c"), hasattr(K, "tmp"), K().method_alias())
def factory(flag):
    class Made:
        if flag:
            def hello(self):
                return "hello"
        else:
            def hello(self):
                return "bonjour"
    return Made
print(factory(True)().hello(), factory(False)().hello(), factory(True) is factory(True))
class WithReturnValueOfBody:
    x = [n for n in range(3)]
    y = (lambda: "lambda in class")()
print(WithReturnValueOfBody.x, WithReturnValueOfBody.y)
class Nested:
    class Inner:
        level = "inner"
    ref = Inner.level
print(Nested.ref, Nested.Inner.__qualname__)
class ModuleName:
    where = __name__
    qual = __qualname__
print(ModuleName.where, ModuleName.qual, ModuleName.__module__)
