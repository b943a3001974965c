# The 3.11 limit on int<->str conversion of huge decimal numbers (sys.set_int_max_str_digits).
import sys
print(sys.get_int_max_str_digits())
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
big = 10**4299
print(len(str(big)))
try:
    str(10**4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(10**5000)), len(bin(2**20000)))
print(int("f" * 5000, 16) == 16**5000 - 1)
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits(), len(str(10**4999)))
try:
    repr(10**5000)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10**6000)), len(str(int("9" * 7000))))
sys.set_int_max_str_digits(640)
try:
    f"{10**700}"
except ValueError as e:
    print("ValueError:", e)
try:
    "%d" % (10**700)
except ValueError as e:
    print("ValueError:", e)
print(len(str(10**639)))
try:
    int("-" + "1" * 641)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 641, 16) > 0)
