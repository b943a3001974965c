# _socket without a network: constants, exceptions, timeouts, byte order and address text.
import _socket as s

def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except BaseException as e:
        return "%s: %s" % (type(e).__name__, e)

print(s.AF_INET, s.AF_INET6, s.AF_UNIX, s.SOCK_STREAM, s.SOCK_DGRAM, s.SOL_SOCKET, s.SO_REUSEADDR, s.IPPROTO_TCP,
      s.TCP_NODELAY, s.MSG_PEEK, s.AI_PASSIVE, s.NI_NUMERICHOST, s.EAI_NONAME, s.SHUT_RDWR, s.SOMAXCONN, s.INADDR_ANY)
print(s.error is OSError, s.timeout is TimeoutError, s.herror.__mro__, s.gaierror.__mro__, s.herror.__module__)
print(s.SocketType is s.socket, s.socket.__name__, s.socket.__module__, s.socket.__qualname__)
print(type(s.gethostname()).__name__)

for v in (1, 0x0102, 65535, 65536, -1, "x", 1.0, 2**70):
    print("htons", v, t(s.htons, v), t(s.ntohs, v))
for v in (1, 0x01020304, 2**32 - 1, 2**32, -1, "x", 2**70):
    print("htonl", v, t(s.htonl, v), t(s.ntohl, v))
for ip in ("1.2.3.4", "1.2.3", "1", "0x7f.1", "256.1.1.1", "x", "1.2.3.4 junk", "010.1.1.1", " 1.2.3.4",
           "255.255.255.255", "4294967295", "4294967296", "1.2.3.4.5", "1..2", "0x", "1.2.65535", "a\0"):
    print("inet_aton", repr(ip), t(s.inet_aton, ip))
print(t(s.inet_aton, b"1.2.3.4"))
for packed in (b"\x01\x02\x03\x04", b"\x01", "x", bytearray(b"abcd")):
    print("inet_ntoa", t(s.inet_ntoa, packed))
for af, ip in ((s.AF_INET, "1.2.3.4"), (s.AF_INET, "1.2.3"), (s.AF_INET, "01.2.3.4"), (s.AF_INET6, "::1"),
               (s.AF_INET6, "1::2:3"), (s.AF_INET6, "::ffff:1.2.3.4"), (s.AF_INET6, ":::"), (s.AF_INET6, "1:2:3:4:5:6:7:8"),
               (s.AF_INET6, "1:2:3:4:5:6:7:8:9"), (s.AF_INET6, "::"), (s.AF_INET6, "fe80::1%eth0"), (99, "x")):
    print("inet_pton", af, ip, t(s.inet_pton, af, ip))
for af, packed in ((s.AF_INET, b"\x01\x02\x03\x04"), (s.AF_INET6, bytes(15) + b"\x01"), (s.AF_INET6, bytes(16)),
                   (s.AF_INET6, b"\x20\x01\x0d\xb8" + bytes(10) + b"\x00\x01"), (s.AF_INET6, bytes(10) + b"\xff\xff\x01\x02\x03\x04"),
                   (s.AF_INET6, bytes(12) + b"\x01\x02\x03\x04"), (s.AF_INET6, b"\x00\x01\x00\x00\x00\x00\x00\x01" + bytes(7) + b"\x01"),
                   (s.AF_INET6, b"\x00\x01" + bytes(14)), (s.AF_INET6, b"\xff\xff" * 8), (s.AF_INET6, b"\x00\x01\x00\x00\x00\x01" + bytes(10)),
                   (s.AF_INET, b"abc"), (s.AF_INET6, b"abc"), (99, b"abcd")):
    print("inet_ntop", af, t(s.inet_ntop, af, packed))

print(t(s.getdefaulttimeout), t(s.setdefaulttimeout, -1), t(s.setdefaulttimeout, "x"), t(s.setdefaulttimeout, 2),
      t(s.getdefaulttimeout), t(s.setdefaulttimeout, None), t(s.setdefaulttimeout, float("nan")))
x = s.socket.__new__(s.socket)
print(repr(x), x.fileno(), x.family, x.type, x.proto, x.timeout)
print(t(x.close), t(x.detach), t(x.settimeout, 3), t(x.gettimeout), t(x.getblocking), t(x.setblocking, False),
      t(x.gettimeout), t(x.getblocking), t(x.settimeout, -1), t(x.settimeout, None), t(x.gettimeout))
