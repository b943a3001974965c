# finally interacting with break, continue, return and exceptions
def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_break())

def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_continue())

def nested_finally():
    out = []
    try:
        try:
            out.append("inner try")
            return out
        finally:
            out.append("inner finally")
    finally:
        out.append("outer finally")
print(nested_finally())

def return_value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(return_value_captured())

def exception_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    exception_in_finally()
except KeyError as e:
    print(repr(e), repr(e.__context__))
