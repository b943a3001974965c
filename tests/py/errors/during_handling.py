# A second exception raised while handling the first
def risky():
    return 1 / 0

try:
    risky()
except ZeroDivisionError:
    print("handling division error")
    undefined_handler()
