import _thread, signal
try:
    _thread.interrupt_main()
    for i in range(3): pass
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt")
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append((s, f.f_code.co_name)))
def g():
    _thread.interrupt_main(signal.SIGUSR1)
    print("before handler", got)
g()
print("after", got)
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main(); print("ignored")
signal.signal(signal.SIGINT, signal.SIG_DFL)
_thread.interrupt_main(); print("default: dropped")
for bad in (-1, 0, 65, 1000):
    try: _thread.interrupt_main(bad)
    except ValueError as e: print(bad, e)
signal.signal(signal.SIGINT, signal.default_int_handler)
def handler(s, f): raise RuntimeError("from handler %d" % s)
signal.signal(signal.SIGUSR2, handler)
try:
    _thread.interrupt_main(signal.SIGUSR2)
    while True: pass
except RuntimeError as e:
    print(e)
signal.signal(signal.SIGALRM, lambda s, f: print("pending call ran"))
signal.raise_signal(signal.SIGALRM)
print("end")
