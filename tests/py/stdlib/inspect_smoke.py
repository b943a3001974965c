import inspect
def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    "Docstring."
    return "x"
sig = inspect.signature(f)
print(sig, list(sig.parameters), sig.return_annotation, sig.parameters["b"].default, sig.parameters["c"].kind)
ba = sig.bind(1, c=3); ba.apply_defaults(); print(ba.arguments)
print(inspect.getdoc(f), inspect.isfunction(f), inspect.ismethod(f), inspect.isclass(int), inspect.isbuiltin(len))
class K:
    def m(self, x): pass
    @classmethod
    def cm(cls): pass
    @staticmethod
    def sm(): pass
print(inspect.signature(K.m), inspect.signature(K().m), inspect.ismethod(K().m), inspect.getmro(bool))
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)])
def g():
    yield 1
print(inspect.isgeneratorfunction(g), inspect.isgenerator(g()), inspect.getgeneratorstate(g()))
async def co(): pass
print(inspect.iscoroutinefunction(co))
print(inspect.getfullargspec(f))
print(inspect.getsource(f).splitlines()[0])
print(inspect.getmodule(f).__name__, inspect.getfile(f).endswith("inspect_smoke.py"))
print(inspect.cleandoc("  a\n    b\n  c"))
fr = inspect.currentframe(); print(fr.f_code.co_name, inspect.getframeinfo(fr).function)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=1))
print(inspect.signature(lambda x, /, y: 0))
print(inspect.isabstract(int), inspect.unwrap(f) is f, inspect.getattr_static(K, "cm").__class__.__name__)
try:
    sig.bind(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
print(inspect.stack()[0].function)
