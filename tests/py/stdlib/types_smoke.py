import types
def f(): pass
print(type(f) is types.FunctionType, type(len) is types.BuiltinFunctionType, type(f.__code__) is types.CodeType)
ns = types.SimpleNamespace(a=1, b=2); ns.c = 3; print(ns, ns == types.SimpleNamespace(a=1, b=2, c=3))
m = types.ModuleType("mymod", "doc"); m.x = 1; print(m.__name__, m.__doc__, m.x, repr(m))
mp = types.MappingProxyType({"k": 1}); print(mp["k"], len(mp), dict(mp))
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
C = types.new_class("C", (object,), {}, lambda ns: ns.update(v=5)); print(C.__name__, C.v)
class A:
    def m(self): pass
print(type(A().m) is types.MethodType, types.MethodType(lambda self: self.__class__.__name__, A())())
def g(): yield
print(isinstance(g(), types.GeneratorType), types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.resolve_bases((int,)), types.prepare_class("D", (dict,))[0].__name__)
print(types.GenericAlias(list, (int,)), list[int] == types.GenericAlias(list, (int,)), int | str, type(int | str) is types.UnionType)
class D:
    @types.DynamicClassAttribute
    def prop(self): return "dyn"
print(D().prop)
@types.coroutine
def cg(): yield 1
print(list(cg()))
