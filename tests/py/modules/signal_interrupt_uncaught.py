# A simulated SIGINT that nobody catches: the traceback points at the call after which the
# eval loop ran the handler, and the exit status is 1 (a real SIGINT would kill with 130).
import _thread
def spin():
    total = 0
    for i in range(10):
        total += i
    return total
_thread.interrupt_main()
spin()
print("not reached")
