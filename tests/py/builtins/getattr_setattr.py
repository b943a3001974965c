# getattr, setattr, hasattr, delattr
class Config:
    debug = False
    def __init__(self):
        self.name = "app"
cfg = Config()
print(getattr(cfg, "name"), getattr(cfg, "debug"), getattr(cfg, "missing", None), getattr(Config, "debug"))
setattr(cfg, "level", 3)
setattr(cfg, "name", "renamed")
print(cfg.level, cfg.name, hasattr(cfg, "level"), hasattr(cfg, "nope"))
delattr(cfg, "level")
print(hasattr(cfg, "level"))
try:
    getattr(cfg, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(cfg, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(cfg, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr("abc", "upper")(), getattr([1, 2], "__len__")(), getattr(int, "__name__"))
for field in ["name", "debug"]:
    print(field, "=", getattr(cfg, field))
setattr(cfg, "with space", "odd but allowed")
print(getattr(cfg, "with space"), sorted(vars(cfg)))
class Raises:
    @property
    def bad(self):
        raise ValueError("not AttributeError")
    @property
    def attr_err(self):
        raise AttributeError("inner")
r = Raises()
try:
    hasattr(r, "bad")
except ValueError as e:
    print(type(e).__name__, e)
print(hasattr(r, "attr_err"), getattr(r, "attr_err", "fallback"))
setattr(Config, "added", classmethod(lambda cls: cls.__name__))
print(cfg.added(), Config.added())
print(getattr(getattr(cfg, "__class__"), "__name__"))
ops = {"add": lambda a, b: a + b}
class Calc:
    def add(self, a, b):
        return a + b
    def mul(self, a, b):
        return a * b
calc = Calc()
for op in ["add", "mul", "div"]:
    fn = getattr(calc, op, None)
    print(op, fn(6, 7) if fn else "unsupported")
