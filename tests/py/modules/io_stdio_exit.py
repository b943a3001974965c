# What is written to sys.stdout and sys.stderr, then an uncaught exception and at exit
import sys
print("out 1")
sys.stderr.write("err without newline ")
print("out 2", end="")
class D:
    def __del__(self):
        print("from __del__ at exit")
d = D()
raise ValueError("boom")
