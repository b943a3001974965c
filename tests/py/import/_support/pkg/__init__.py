print("pkg/__init__ runs, __name__ =", __name__, "__package__ =", __package__)
from . import helper
VALUE = helper.double(21)
