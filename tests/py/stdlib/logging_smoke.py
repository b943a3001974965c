import logging, io, sys
buf = io.StringIO()
log = logging.getLogger("app")
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(h); log.setLevel(logging.DEBUG)
log.debug("d %d", 1); log.info("i"); log.warning("w %s", "x"); log.error("e")
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
print(buf.getvalue().splitlines()[:6])
child = logging.getLogger("app.sub"); child.info("from child")
print(buf.getvalue().splitlines()[-1], child.parent.name, child.getEffectiveLevel())
print(logging.getLevelName(30), logging.getLevelName("ERROR"), logging.WARNING)
log.setLevel(logging.ERROR); log.warning("hidden"); print(buf.getvalue().count("hidden"))
class F(logging.Filter):
    def filter(self, r): return "keep" in r.getMessage()
h.addFilter(F()); log.error("drop"); log.error("keep me"); print(buf.getvalue().splitlines()[-1])
logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s", level=logging.INFO)
logging.info("root info"); logging.debug("root debug")
la = logging.LoggerAdapter(log, {"x": 1}); la.error("adapter")
r = logging.makeLogRecord({"msg": "m %s", "args": ("a",)}); print(r.getMessage())
print(logging.Formatter("%(message)s|%(levelno)s").format(r))
logging.disable(logging.CRITICAL); logging.error("disabled"); logging.disable(logging.NOTSET)
print(logging.getLogger() is logging.root, logging.root.level)
