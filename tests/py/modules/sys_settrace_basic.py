import sys

def tracer(frame, event, arg):
    name = frame.f_code.co_name
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]))
    elif event in ('call', 'line'):
        arg = None
    print(f"{event:10} {name:8} {frame.f_lineno:3} {arg!r}")
    return tracer

def f(x):
    y = x + 1
    for i in range(2):
        y += i
    return y

def g():
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    return f(3)

def gen():
    yield 1
    yield 2

sys.settrace(tracer)
g()
list(gen())
def bad():
    raise ValueError("boom")
try:
    bad()
except ValueError:
    pass
sys.settrace(None)
print(sys.gettrace())

def prof(frame, event, arg):
    print("P", event, frame.f_code.co_name, getattr(arg, '__name__', None) if event.startswith('c_') else None)
sys.setprofile(prof)
len([1])
f(1)
"abc".upper()
sys.setprofile(None)
print("done")
