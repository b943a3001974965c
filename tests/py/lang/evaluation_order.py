# Order of evaluation
log = []
def t(name, value=None):
    log.append(name)
    return name if value is None else value

def show(label):
    print(label, log)
    log.clear()

_ = t("a", 1) + t("b", 2) * t("c", 3)
show("binary ops")
_ = t("f", lambda *a, **k: None)(t("x"), t("y"), k=t("z"))
show("call args")
d = {t("k1"): t("v1"), t("k2"): t("v2")}
show("dict display")
_ = [t("l1"), t("l2")], (t("t1"), t("t2"))
show("list then tuple")
obj = {"k": 0}
t("target", obj)[t("key", "k")] = t("value", 5)
show("subscript assignment")
a = [0, 0]
a[t("i", 0)], a[t("j", 1)] = t("r1", 1), t("r2", 2)
show("tuple assignment")
_ = t("first", 0) and t("second")
show("short-circuit and")
_ = t("first", 1) or t("second")
show("short-circuit or")
_ = t("cond", True) and t("yes") if t("test", True) else t("no")
show("conditional")
_ = t("lo", 1) < t("mid", 2) < t("hi", 3)
show("chained")
_ = t("lo", 5) < t("mid", 2) < t("hi", 3)
show("chained short")
x = t("base", [1, 2, 3])[t("idx", 1)]
show("subscript load")
_ = {t("s1"), t("s2")}
show("set display")
_ = f"{t('f1')}{t('f2')}"
show("f-string")
def defaults(a=t("default1"), b=t("default2")):
    pass
show("defaults at def")
_ = t("p", 2) ** t("q", 3) ** t("r", 2)
show("power right assoc")
_ = {**t("m1", {}), t("m2"): 1}
show("dict unpack")
class C:
    log.append("class body")
    def m(self):
        pass
show("class body")
y = z = t("shared", [])
show("chained assignment")
w = t("aug", [1])
w[t("augidx", 0)] += t("augval", 1)
show("augmented")
try:
    t("before") + t("err", None) + 1 / 0 + t("after")
except (ZeroDivisionError, TypeError):
    show("stopped at error")
