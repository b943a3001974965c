# socket.socketpair(): both ends in this process; send/recv/sendall/recv_into/shutdown,
# blocking modes, readiness through select and selectors, and the error paths.
import socket, select, selectors, errno
a, b = socket.socketpair()
print(type(a).__name__, a.family == socket.AF_UNIX, a.type == socket.SOCK_STREAM, a.proto, a.fileno() >= 0)
print(a.send(b"abc"), a.sendall(b"defg"), b.recv(2), b.recv(100))
buf = bytearray(8)
a.send(b"xyz"); print(b.recv_into(buf), buf)
mv = memoryview(bytearray(4)); a.send(b"12345"); print(b.recv_into(mv, 2), bytes(mv), b.recv(10))
r, w, x = select.select([b], [a], [], 0); print(r, w == [a], x)
a.send(b"!"); print(select.select([b], [], [], 0)[0] == [b], b.recv(1))
sel = selectors.DefaultSelector()
sel.register(b, selectors.EVENT_READ, "b")
print(sel.select(0))
a.send(b"ping"); print([(k.data, ev) for k, ev in sel.select(0)], b.recv(4))
sel.close()
b.settimeout(0.01)
try:
    b.recv(1)
except TimeoutError as e:
    print("TimeoutError", e, type(e) is socket.timeout)
b.setblocking(False); print(b.getblocking(), b.gettimeout())
try:
    b.recv(1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
for bad in (lambda: b.recv(-1), lambda: b.recv_into(b"bytes"), lambda: b.recv_into(bytearray(2), 5), lambda: b.send("str"), lambda: b.shutdown(7)):
    try:
        bad()
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
a.shutdown(socket.SHUT_WR); print(b.recv(10))
try:
    a.send(b"x")
except BrokenPipeError as e:
    print("BrokenPipeError", e.errno)
a.close(); b.close()
print(a.fileno(), repr(a)[:24])
try:
    a.recv(1)
except OSError as e:
    print(type(e).__name__, e.errno)
for fam in (socket.AF_INET,):
    try:
        socket.socketpair(fam)
    except OSError as e:
        print("socketpair", fam, e.errno)
x, y = socket.socketpair()
with x, y:
    y.setblocking(False)
    total = 0
    try:
        while True:
            total += y.send(b"\0" * 65536)
    except BlockingIOError:
        print("buffer full", total > 100000)
    print(len(x.recv(300000)) > 0)
