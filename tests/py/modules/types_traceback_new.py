# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): building a traceback by hand.
import sys
import types
import traceback

frame = sys._getframe()
tb = types.TracebackType(None, frame, 6, 42)
print(tb.tb_next, tb.tb_frame is frame, tb.tb_lasti, tb.tb_lineno)
tb2 = types.TracebackType(tb, frame, 0, 7)
print(tb2.tb_next is tb, tb2.tb_lineno)
tb3 = types.TracebackType(tb_next=None, tb_frame=frame, tb_lasti=2, tb_lineno=3)
print(tb3.tb_lasti, tb3.tb_lineno)

try:
    raise ValueError("hand-made")
except ValueError as e:
    e2 = e.with_traceback(types.TracebackType(None, frame, 0, 1))
    print(traceback.format_tb(e2.__traceback__)[0].splitlines()[0].split(",")[1:])

for args in [(1, frame, 0, 0), (None, 1, 0, 0), (None, frame, "x", 0), (None, frame, 0, 2**40), (None, frame, 0)]:
    try:
        types.TracebackType(*args)
    except (TypeError, OverflowError) as exc:
        print(type(exc).__name__, exc)
