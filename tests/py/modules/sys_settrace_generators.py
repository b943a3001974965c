# Trace events around generators: a generator that returns a value inside a for loop (the
# caller sees StopIteration as an 'exception' event), yield from, and async for.
import sys

def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__ or frame.f_code.co_name == 'tracer':
        return None
    base = frame.f_code.co_firstlineno
    a = arg.__name__ if event == 'exception' else None
    print(f"{frame.f_code.co_name:8} {frame.f_lineno - base:3} {event:10} {a}")
    return tracer

def gen():
    yield 0
    return 123

def sub():
    yield 1
    return 2

def delegating():
    x = yield from sub()
    return x

def loops():
    for i in gen():
        pass
    for j in delegating():
        pass

async def arange(n):
    for i in range(n):
        yield i

async def main():
    async for i in arange(2):
        pass

sys.settrace(tracer)
loops()
try:
    main().send(None)
except StopIteration:
    pass
sys.settrace(None)
print("done")
