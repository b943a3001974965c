# The parts of _testinternalcapi that CPython's test.support relies on.
import _testinternalcapi

print(_testinternalcapi.SIZEOF_PYGC_HEAD)
config = _testinternalcapi.get_config()
print(type(config), config["code_debug_ranges"], config["optimization_level"], config["isolated"])
base = _testinternalcapi.get_recursion_depth()
def f(n):
    if n == 0:
        return _testinternalcapi.get_recursion_depth()
    return f(n - 1)
print(f(0) - base, f(5) - base)
