# An uncaught error raised while importing: the traceback shows the importing line and the
# module's line, with importlib's frames removed.
import sys
sys.path.insert(0, "_support")
import pkg.broken
