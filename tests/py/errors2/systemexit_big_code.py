# Exit codes are taken modulo 256 by the operating system: sys.exit(258) gives status 2.
import sys

codes = []
for c in (1, 255, 256, -1):
    try:
        sys.exit(c)
    except SystemExit as e:
        codes.append(e.code)
print(codes)
print("exit with 258")
sys.exit(258)
