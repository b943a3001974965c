# sys.stdin / sys.stdout / sys.stderr are _io text streams
import sys, _io

print(type(sys.stdout).__name__, sys.stdout.name, sys.stdout.mode, sys.stdout.encoding, sys.stdout.fileno())
print(type(sys.stderr).__name__, sys.stderr.name, sys.stderr.mode, sys.stderr.encoding, sys.stderr.errors, sys.stderr.fileno())
print(type(sys.stdin).__name__, sys.stdin.name, sys.stdin.mode, sys.stdin.encoding, sys.stdin.fileno())
print(type(sys.stdin.buffer).__name__, type(sys.stdin.buffer.raw).__name__, sys.stdin.buffer.raw.closefd)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.readable(), sys.stdout.writable(), sys.stdin.readable(), sys.stdin.writable())
print(repr(sys.stdout), repr(sys.stdin))
print(sys.stdout.write("written\n"))
print("to stderr", file=sys.stderr)
sys.stderr.write("partial ")
sys.stderr.write("line\n")
print("a", "b", sep="-", end="!\n")
print("flushed", flush=True)
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes line\n")
sys.stdout.buffer.flush()
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError", e)
old = sys.stdout
sys.stdout = _io.StringIO()
print("captured")
got = sys.stdout.getvalue()
sys.stdout = old
print(repr(got))
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print("TypeError", e)
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e).__name__, e)
try:
    sys.stdout.read()
except Exception as e:
    print(type(e).__name__, e)
sys.stdout.write("no newline at the end")
