import sys

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append((event, frame.f_code.co_name, frame.f_lineno))
    return tracer

def run(fn, *a):
    events.clear()
    sys.settrace(tracer)
    try:
        fn(*a)
    except Exception as e:
        print("raised", type(e).__name__)
    sys.settrace(None)
    for e in events:
        print(*e)
    print('--')

def comp():
    return [x * 2 for x in range(3) if x]

def withs():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    with CM() as c:
        x = 1
    return x

def nested():
    def inner(a):
        return a + 1
    return inner(inner(1))

def gen_throw():
    def g():
        try:
            yield 1
        except KeyError:
            yield 2
    it = g()
    next(it)
    it.throw(KeyError)
    it.close()

def loop():
    i = 0
    while i < 3:
        i += 1
    return i

async def coro():
    return 5

def run_coro():
    c = coro()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

def kls():
    class A:
        x = 1
        def m(self):
            return self.x
    return A().m()

def raising():
    def inner():
        raise KeyError("k")
    try:
        inner()
    finally:
        z = 3

for fn in (comp, withs, nested, gen_throw, loop, run_coro, kls, raising):
    run(fn)

# local modification through f_locals
def modify():
    a = 1
    b = 2
    return a + b

def tracer2(frame, event, arg):
    if frame.f_code.co_name == 'modify' and event == 'line' and frame.f_lineno == modify.__code__.co_firstlineno + 2:
        frame.f_locals['a'] = 100
    return tracer2
sys.settrace(tracer2)
print(modify())
sys.settrace(None)

# f_trace_lines / f_trace_opcodes
def ops():
    x = 1
    return x
cnt = {'line': 0, 'opcode': 0}
def tracer3(frame, event, arg):
    if event == 'call':
        frame.f_trace_lines = False
        frame.f_trace_opcodes = True
    if event in cnt:
        cnt[event] += 1
    return tracer3
sys.settrace(tracer3)
ops()
sys.settrace(None)
print(cnt)

# a raising trace function is removed
def bad_tracer(frame, event, arg):
    if event == 'line':
        raise RuntimeError("tracer")
    return bad_tracer
def victim():
    return 1
sys.settrace(bad_tracer)
try:
    victim()
except RuntimeError as e:
    print("caught", e)
print(sys.gettrace())

# profile with exceptions from C
def p(frame, event, arg):
    if event.startswith('c_'):
        print(event, arg.__name__, type(getattr(arg, "__self__", None)).__name__)
sys.setprofile(p)
try:
    int('x')
except ValueError:
    pass
[].append(1)
sys.setprofile(None)
print(sys.getprofile())
