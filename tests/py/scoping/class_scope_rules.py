# Class bodies are not enclosing scopes for methods; names resolve to globals; class body sees enclosing function.
x = "global"
class A:
    x = "class"
    def method(self):
        return x
    def method_self(self):
        return self.x
    y = x + "!"
print(A().method(), A().method_self(), A.y)
def f():
    x = "function"
    class B:
        got = x
        def m(self):
            return x
    return B.got, B().m()
print(f())
def g():
    x = "enclosing"
    class C:
        x = "class level"
        seen = x
        def m(self):
            return x
    return C.seen, C().m()
print(g())
def h():
    y = "from h"
    class D:
        print("in class body, locals has y:", "y" in locals())
        try:
            z = y
        except NameError as e:
            z = f"NameError: {e}"
        y = "class y"
        print("after assignment:", y)
    return D.z, D.y, y
print(h())
class E:
    a = 1
    b = a + 1
    def uses_a(self):
        try:
            return a
        except NameError as e:
            return f"NameError: {e}"
print(E.b, E().uses_a())
class F:
    items = [1, 2, 3]
    total = sum(items)
    first = items[0]
print(F.total, F.first)
def locals_in_class():
    v = 1
    class G:
        w = 2
        names = sorted(locals())
    return G.names
print(locals_in_class())
