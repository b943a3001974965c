import sys

def jumper(target_line, from_line):
    def tracer(frame, event, arg):
        if frame.f_code.co_name != 'victim':
            return tracer
        if event == 'line' and frame.f_lineno == from_line:
            try:
                frame.f_lineno = target_line
            except ValueError as e:
                print("ValueError:", e)
        return tracer
    return tracer

def victim():
    out = []
    out.append(1)
    out.append(2)
    out.append(3)
    for i in range(2):
        out.append(10 + i)
    try:
        out.append(20)
    except Exception:
        out.append(21)
    return out

base = victim.__code__.co_firstlineno
for tgt, frm in [(3, 2), (6, 3), (9, 3), (-1, 3), (200, 3), (10, 3)]:
    sys.settrace(jumper(base + tgt, base + frm))
    try:
        print(tgt, frm, victim())
    except Exception as e:
        print(type(e).__name__, e)
    sys.settrace(None)

f = sys._getframe()
try:
    f.f_lineno = 3
except ValueError as e:
    print(e)
def t2(frame, event, arg):
    if event == 'call':
        try:
            frame.f_lineno = 2
        except ValueError as e:
            print("call:", e)
    return None
sys.settrace(t2)
victim()
sys.settrace(None)
