# Errors from super(): no arguments outside a method, bad second argument, missing attributes.
def no_class():
    return super()
try:
    no_class()
except RuntimeError as e:
    print("RuntimeError", e)
class A:
    def m(self):
        return "A.m"
class B(A):
    def m(self):
        return super().m()
    def missing(self):
        return super().nothing
    @staticmethod
    def stat():
        return super().m()
try:
    B().missing()
except AttributeError as e:
    print("AttributeError", e)
try:
    B.stat()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    super(B, 5)
except TypeError as e:
    print("TypeError", e)
try:
    super(5, B())
except TypeError as e:
    print("TypeError", e)
try:
    super(B, A())
except TypeError as e:
    print("TypeError", e)
class C:
    def m(self):
        del self
        return super().m()
try:
    C().m()
except RuntimeError as e:
    print("RuntimeError", e)
print(super(B, B()).m(), super(A, B()).__class__.__name__)
try:
    super(A, B()).m()
except AttributeError as e:
    print("AttributeError", e)
sup = super(B)
print(repr(sup)[:30])
class D:
    def __init__(self):
        super().__init__()
        print("D init ok")
    def args(self):
        return super().__init__(1)
D()
try:
    D().args()
except TypeError as e:
    print("TypeError", e)
