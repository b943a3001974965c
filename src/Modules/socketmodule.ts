/**
 * @mirrors Modules/socketmodule.c
 * The _socket module, as far as Lib/socket.py needs it to import and as far as the parts
 * that need no network go: the constants (AF_*, SOCK_*, SOL_*, SO_*, IPPROTO_*, IP_*,
 * IPV6_*, TCP_*, MSG_*, AI_*, NI_*, EAI_*, SHUT_*, INADDR_*, ... with Linux's values), the
 * exceptions (error is OSError, timeout is TimeoutError, herror and gaierror), the
 * default timeout, gethostname, the byte-order helpers (htons, ntohl, ...) and the address
 * converters (inet_aton, inet_ntoa, inet_pton, inet_ntop), which follow glibc's parsers
 * and printers:
 *
 *   >>> _socket.inet_aton("127.1"), _socket.inet_ntop(_socket.AF_INET6, bytes(15) + b"\x01")
 *   (b'\x7f\x00\x00\x01', '::1')
 *
 * socketpair() works: both ends live in this process (src/Host/local_socket.ts), which is
 * what asyncio's self-pipe and programs talking to themselves need; they send, sendall,
 * recv, recv_into and shut down with CPython's blocking, non-blocking and timeout rules.
 *
 * DIVERGENCE: the host has no network sockets yet (DESIGN D7 will build them on the host's
 * networking), so creating any other socket object raises OSError(ENOSYS, "Function not
 * implemented"); the network calls (getaddrinfo, gethostbyname, getservbyname, connect,
 * bind, ...) and the CAPI capsule are left out, and has_ipv6 is False.
 */
import { PyObject, PyTypeObject, Py_DECREF, Py_INCREF, METH_NOARGS, METH_O, METH_FASTCALL, METH_KEYWORDS, Py_TPFLAGS_BASETYPE, Py_TPFLAGS_HEAPTYPE, type PyMethodDef } from "../Include/object.ts";
import { PyModule_Create, PyModule_AddIntConstant, PyModule_AddObjectRef, PyModule_AddType, type PyModuleObject } from "../Objects/moduleobject.ts";
import { PyErr_SetString, PyErr_SetObject } from "../Python/errors.ts";
import { PyExc_TypeError, PyExc_ValueError, PyExc_OverflowError, PyExc_OSError, PyExc_TimeoutError } from "../Objects/exceptions.ts";
import { PyLong_Check, PyLong_FromNumber, _PyNumber_Index, type PyLongObject } from "../Objects/longobject.ts";
import { PyFloat_FromDouble } from "../Objects/floatobject.ts";
import { PyUnicode_Check, PyUnicode_FromString, type PyUnicodeObject } from "../Objects/unicodeobject.ts";
import { PyBytes_FromArray } from "../Objects/bytesobject.ts";
import { getbuffer } from "../Objects/bytes_methods.ts";
import { PyByteArrayObject } from "../Objects/bytearrayobject.ts";
import { PyMemoryViewObject } from "../Objects/memoryobject.ts";
import { PyTuple_FromArray, _PyTuple_FromArraySteal, type PyTupleObject } from "../Objects/tupleobject.ts";
import { PyDict_New, PyDict_SetItemString } from "../Objects/dictobject.ts";
import { Py_None, Py_NewNone, PyObject_IsTrue } from "../Objects/object.ts";
import { PyBool_FromLong } from "../Objects/boolobject.ts";
import { PyObject_Vectorcall } from "../Objects/call.ts";
import { PyType_Type } from "../Objects/typeobject.ts";
import { _PyArg_CheckPositional, _PyArg_UnpackKeywords } from "../Python/getargs.ts";
import { _PyTime_ROUND_TIMEOUT, _PyTime_FromSecondsObject, _PyTime_AsSecondsDouble } from "../Python/pytime.ts";
import { _PyThreadState_GET } from "../Python/pystate.ts";
import { wait_unobtainable } from "./_threadmodule.ts";

const EBADF = 9, EAGAIN = 11, ENOSYS = 38, ENOTSOCK = 88, EOPNOTSUPP = 95, EAFNOSUPPORT = 97;
const AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, SOCK_STREAM = 1, SOCK_NONBLOCK = 0o4000, SOCK_CLOEXEC = 0o2000000;

/** OSError(errno, strerror), as PyErr_SetFromErrno raises it. @returns null */
function setFromErrno(errno: number): null {
  const os = _PyThreadState_GET().interp.host.os;
  const args = _PyTuple_FromArraySteal([PyLong_FromNumber(errno), PyUnicode_FromString(os.strerror(errno))]);
  PyErr_SetObject(PyExc_OSError, args);
  Py_DECREF(args);
  return null;
}

/** The constants, as NAME=value pairs (Linux, x86-64). */
const SOCKET_CONSTANTS =
  "AF_ALG=38 AF_APPLETALK=5 AF_ASH=18 AF_ATMPVC=8 AF_ATMSVC=20 AF_AX25=3 AF_BRIDGE=7 AF_CAN=29 " +
  "AF_DECnet=12 AF_ECONET=19 AF_INET=2 AF_INET6=10 AF_IPX=4 AF_IRDA=23 AF_KEY=15 AF_LLC=26 AF_NETBEUI=13 " +
  "AF_NETLINK=16 AF_NETROM=6 AF_PACKET=17 AF_PPPOX=24 AF_QIPCRTR=42 AF_RDS=21 AF_ROSE=11 AF_ROUTE=16 " +
  "AF_SECURITY=14 AF_SNA=22 AF_TIPC=30 AF_UNIX=1 AF_UNSPEC=0 AF_VSOCK=40 AF_WANPIPE=25 AF_X25=9 " +
  "AI_ADDRCONFIG=32 AI_ALL=16 AI_CANONNAME=2 AI_NUMERICHOST=4 AI_NUMERICSERV=1024 AI_PASSIVE=1 " +
  "AI_V4MAPPED=8 EAI_ADDRFAMILY=-9 EAI_AGAIN=-3 EAI_BADFLAGS=-1 EAI_FAIL=-4 EAI_FAMILY=-6 EAI_MEMORY=-10 " +
  "EAI_NODATA=-5 EAI_NONAME=-2 EAI_OVERFLOW=-12 EAI_SERVICE=-8 EAI_SOCKTYPE=-7 EAI_SYSTEM=-11 " +
  "INADDR_ALLHOSTS_GROUP=3758096385 INADDR_ANY=0 INADDR_BROADCAST=4294967295 INADDR_LOOPBACK=2130706433 " +
  "INADDR_MAX_LOCAL_GROUP=3758096639 INADDR_NONE=4294967295 INADDR_UNSPEC_GROUP=3758096384 " +
  "IPPORT_RESERVED=1024 IPPORT_USERRESERVED=5000 IPPROTO_AH=51 IPPROTO_DSTOPTS=60 IPPROTO_EGP=8 " +
  "IPPROTO_ESP=50 IPPROTO_FRAGMENT=44 IPPROTO_GRE=47 IPPROTO_HOPOPTS=0 IPPROTO_ICMP=1 IPPROTO_ICMPV6=58 " +
  "IPPROTO_IDP=22 IPPROTO_IGMP=2 IPPROTO_IP=0 IPPROTO_IPIP=4 IPPROTO_IPV6=41 IPPROTO_MPTCP=262 " +
  "IPPROTO_NONE=59 IPPROTO_PIM=103 IPPROTO_PUP=12 IPPROTO_RAW=255 IPPROTO_ROUTING=43 IPPROTO_RSVP=46 " +
  "IPPROTO_SCTP=132 IPPROTO_TCP=6 IPPROTO_TP=29 IPPROTO_UDP=17 IPPROTO_UDPLITE=136 IPV6_CHECKSUM=7 " +
  "IPV6_DONTFRAG=62 IPV6_DSTOPTS=59 IPV6_HOPLIMIT=52 IPV6_HOPOPTS=54 IPV6_JOIN_GROUP=20 " +
  "IPV6_LEAVE_GROUP=21 IPV6_MULTICAST_HOPS=18 IPV6_MULTICAST_IF=17 IPV6_MULTICAST_LOOP=19 IPV6_NEXTHOP=9 " +
  "IPV6_PATHMTU=61 IPV6_PKTINFO=50 IPV6_RECVDSTOPTS=58 IPV6_RECVHOPLIMIT=51 IPV6_RECVHOPOPTS=53 " +
  "IPV6_RECVPATHMTU=60 IPV6_RECVPKTINFO=49 IPV6_RECVRTHDR=56 IPV6_RECVTCLASS=66 IPV6_RTHDR=57 " +
  "IPV6_RTHDRDSTOPTS=55 IPV6_RTHDR_TYPE_0=0 IPV6_TCLASS=67 IPV6_UNICAST_HOPS=16 IPV6_V6ONLY=26 " +
  "IP_ADD_MEMBERSHIP=35 IP_BIND_ADDRESS_NO_PORT=24 IP_DEFAULT_MULTICAST_LOOP=1 " +
  "IP_DEFAULT_MULTICAST_TTL=1 IP_DROP_MEMBERSHIP=36 IP_HDRINCL=3 IP_MAX_MEMBERSHIPS=20 " +
  "IP_MULTICAST_IF=32 IP_MULTICAST_LOOP=34 IP_MULTICAST_TTL=33 IP_OPTIONS=4 IP_RECVOPTS=6 " +
  "IP_RECVRETOPTS=7 IP_RECVTOS=13 IP_RETOPTS=7 IP_TOS=1 IP_TRANSPARENT=19 IP_TTL=2 " +
  "MSG_CMSG_CLOEXEC=1073741824 MSG_CONFIRM=2048 MSG_CTRUNC=8 MSG_DONTROUTE=4 MSG_DONTWAIT=64 MSG_EOR=128 " +
  "MSG_ERRQUEUE=8192 MSG_FASTOPEN=536870912 MSG_MORE=32768 MSG_NOSIGNAL=16384 MSG_OOB=1 MSG_PEEK=2 " +
  "MSG_TRUNC=32 MSG_WAITALL=256 NI_DGRAM=16 NI_MAXHOST=1025 NI_MAXSERV=32 NI_NAMEREQD=8 NI_NOFQDN=4 " +
  "NI_NUMERICHOST=1 NI_NUMERICSERV=2 PF_CAN=29 PF_PACKET=17 PF_RDS=21 SCM_CREDENTIALS=2 " +
  "SCM_J1939_DEST_ADDR=1 SCM_J1939_DEST_NAME=2 SCM_J1939_ERRQUEUE=4 SCM_J1939_PRIO=3 SCM_RIGHTS=1 " +
  "SHUT_RD=0 SHUT_RDWR=2 SHUT_WR=1 SOCK_CLOEXEC=524288 SOCK_DGRAM=2 SOCK_NONBLOCK=2048 SOCK_RAW=3 " +
  "SOCK_RDM=4 SOCK_SEQPACKET=5 SOCK_STREAM=1 SOL_ALG=279 SOL_CAN_BASE=100 SOL_CAN_RAW=101 SOL_IP=0 " +
  "SOL_RDS=276 SOL_SOCKET=1 SOL_TCP=6 SOL_TIPC=271 SOL_UDP=17 SOMAXCONN=4096 SO_ACCEPTCONN=30 " +
  "SO_BINDTODEVICE=25 SO_BROADCAST=6 SO_DEBUG=1 SO_DOMAIN=39 SO_DONTROUTE=5 SO_ERROR=4 " +
  "SO_INCOMING_CPU=49 SO_J1939_ERRQUEUE=4 SO_J1939_FILTER=1 SO_J1939_PROMISC=2 SO_J1939_SEND_PRIO=3 " +
  "SO_KEEPALIVE=9 SO_LINGER=13 SO_MARK=36 SO_OOBINLINE=10 SO_PASSCRED=16 SO_PASSSEC=34 SO_PEERCRED=17 " +
  "SO_PEERSEC=31 SO_PRIORITY=12 SO_PROTOCOL=38 SO_RCVBUF=8 SO_RCVLOWAT=18 SO_RCVTIMEO=20 SO_REUSEADDR=2 " +
  "SO_REUSEPORT=15 SO_SNDBUF=7 SO_SNDLOWAT=19 SO_SNDTIMEO=21 SO_TYPE=3 SO_VM_SOCKETS_BUFFER_MAX_SIZE=2 " +
  "SO_VM_SOCKETS_BUFFER_MIN_SIZE=1 SO_VM_SOCKETS_BUFFER_SIZE=0 TCP_CONGESTION=13 TCP_CORK=3 " +
  "TCP_DEFER_ACCEPT=9 TCP_FASTOPEN=23 TCP_INFO=11 TCP_KEEPCNT=6 TCP_KEEPIDLE=4 TCP_KEEPINTVL=5 " +
  "TCP_LINGER2=8 TCP_MAXSEG=2 TCP_NODELAY=1 TCP_NOTSENT_LOWAT=25 TCP_QUICKACK=12 TCP_SYNCNT=7 " +
  "TCP_USER_TIMEOUT=18 TCP_WINDOW_CLAMP=10 UDPLITE_RECV_CSCOV=11 UDPLITE_SEND_CSCOV=10 ";

// -- the socket object ------------------------------------------------------------------------

/** @cpython PySocketSockObject */
export class PySocketSockObject extends PyObject {
  sock_fd: number;
  sock_family: number;
  sock_type: number;
  sock_proto: number;
  /** The timeout in nanoseconds; null: blocking with no timeout. */
  sock_timeout: bigint | null;
  constructor(type: PyTypeObject) {
    super(type);
    this.sock_fd = -1;
    this.sock_family = 0;
    this.sock_type = 0;
    this.sock_proto = 0;
    this.sock_timeout = defaulttimeout;
  }
}

/** socket.setdefaulttimeout's value (null: none). */
let defaulttimeout: bigint | null = null;

/** @cpython sock_new */
function sock_new(type: PyTypeObject, _args: PyObject[], _kwnames: PyTupleObject | null): PyObject {
  // An instance holds a reference to its class when the class is a heap type.
  if (type.tp_flags & Py_TPFLAGS_HEAPTYPE) Py_INCREF(type);
  return new PySocketSockObject(type);
}

/** @cpython sock_dealloc (with sock_finalize): a socket still open is closed. */
function sock_dealloc(self: PyObject): void {
  const s = self as PySocketSockObject;
  if (s.sock_fd !== -1) {
    const fd = s.sock_fd;
    s.sock_fd = -1;
    _PyThreadState_GET().interp.host.os.close(fd);
  }
}

/** The clinic "int" converter. */
function intArg(o: PyObject): number | null {
  let v: number | bigint;
  if (PyLong_Check(o)) v = (o as PyLongObject).ob_ival;
  else {
    const i = _PyNumber_Index(o);
    if (i === null) return null;
    v = (i as PyLongObject).ob_ival;
    Py_DECREF(i);
  }
  if (typeof v === "bigint" || v > 2147483647 || v < -2147483648) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C int");
  }
  return v;
}

/**
 * @cpython sock_initobj: socket(family=-1, type=-1, proto=-1, fileno=None). The arguments
 * are checked as CPython checks them; making the socket then fails (see the header).
 */
function sock_initobj(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): number {
  const a = _PyArg_UnpackKeywords(args, kwnames, "socket", ["family", "type", "proto", "fileno"], 0, 4, 0);
  if (a === null) return -1;
  const s = self as PySocketSockObject;
  let family = -1, type = -1, proto = -1;
  for (let i = 0; i < 3; i++) {
    if (a[i] === null) continue;
    const v = intArg(a[i]!);
    if (v === null) return -1;
    if (i === 0) family = v;
    else if (i === 1) type = v;
    else proto = v;
  }
  const fdobj = a[3];
  if (fdobj !== null && fdobj !== Py_None) {
    if (!PyLong_Check(fdobj) && fdobj.ob_type.nb_index === null) {
      PyErr_SetString(PyExc_TypeError, "socket fileno must be an integer");
      return -1;
    }
    const fd = intArg(fdobj);
    if (fd === null) return -1;
    if (fd < 0) {
      PyErr_SetString(PyExc_ValueError, "negative file descriptor");
      return -1;
    }
  }
  if (fdobj !== null && fdobj !== Py_None) {
    // Wrapping a descriptor: one end of a socket pair is the only socket the host has.
    const fd = intArg(fdobj)!;
    const os = _PyThreadState_GET().interp.host.os;
    const st = os.fstat(fd);
    if (typeof st === "number") return (setFromErrno(-st), -1);
    if (os.poll_ready(fd) < 0) return (setFromErrno(ENOTSOCK), -1);
    s.sock_fd = fd;
    s.sock_family = family === -1 ? AF_UNIX : family;
    s.sock_type = type === -1 ? SOCK_STREAM : type;
    s.sock_proto = proto === -1 ? 0 : proto;
    return 0;
  }
  s.sock_family = family === -1 ? AF_INET : family;
  s.sock_type = type === -1 ? SOCK_STREAM : type;
  s.sock_proto = proto === -1 ? 0 : proto;
  setFromErrno(ENOSYS);
  return -1;
}

// -- data transfer (sock_call): socket-pair ends only -------------------------------------------

/**
 * @cpython sock_call_ex: run `op` (a host call returning bytes or a count, or -errno). When it
 * would block: a non-blocking socket raises BlockingIOError; with a timeout, the wait ends in
 * TimeoutError("timed out"); a blocking socket waits for ever. One thread can never make the
 * peer send or read, so waiting is sleeping (the locks of _thread do the same).
 */
function sock_call<T>(s: PySocketSockObject, op: () => T | number): T | null {
  if (s.sock_fd === -1) return setFromErrno(EBADF);
  const r = op();
  if (typeof r !== "number" || r >= 0) return r as T;
  if (-r !== EAGAIN) return setFromErrno(-r);
  if (s.sock_timeout !== null && s.sock_timeout === 0n) return setFromErrno(EAGAIN);
  if (wait_unobtainable(s.sock_timeout === null ? -1 : Number(s.sock_timeout) / 1e9) === null) return null;
  PyErr_SetString(PyExc_TimeoutError, "timed out");
  return null;
}

/** An int flags argument (only 0 is meaningful for a socket pair, as for most callers). */
function flagsArg(args: PyObject[], i: number): number | null {
  return args.length > i ? intArg(args[i]) : 0;
}

/** @cpython sock_recv: recv(bufsize[, flags]) -> data */
function sock_recv(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("recv", args.length, 1, 2)) return null;
  const n = intArg(args[0]);
  if (n === null || flagsArg(args, 1) === null) return null;
  if (n < 0) return PyErr_SetString(PyExc_ValueError, "negative buffersize in recv");
  const os = _PyThreadState_GET().interp.host.os;
  const s = self as PySocketSockObject;
  const data = sock_call(s, () => os.read(s.sock_fd, n));
  return data === null ? null : PyBytes_FromArray(data as Uint8Array);
}

/** The "w*" converter for recv_into's buffer: a bytearray or a writable memoryview. */
function getwritablebuffer(o: PyObject): Uint8Array | null {
  if (o instanceof PyByteArrayObject) return o.ob_bytes.subarray(o.ob_start, o.ob_start + o.ob_size);
  if (o instanceof PyMemoryViewObject && !o.readonly && !o.released) return o.buf;
  PyErr_SetString(PyExc_TypeError, `recv_into() argument 1 must be read-write bytes-like object, not ${o.ob_type.tp_name}`);
  return null;
}

/** @cpython sock_recv_into: recv_into(buffer[, nbytes[, flags]]) -> nbytes_read */
function sock_recv_into(self: PyObject, args: PyObject[], kwnames: PyTupleObject | null): PyObject | null {
  const a = _PyArg_UnpackKeywords(args, kwnames, "recv_into", ["buffer", "nbytes", "flags"], 1, 3, 0);
  if (a === null) return null;
  const view = getwritablebuffer(a[0]!);
  if (view === null) return null;
  let n = 0;
  if (a[1] !== null) {
    const v = intArg(a[1]);
    if (v === null) return null;
    n = v;
  }
  if (a[2] !== null && intArg(a[2]) === null) return null;
  if (n < 0) return PyErr_SetString(PyExc_ValueError, "negative buffersize in recv_into");
  if (n === 0) n = view.length;
  else if (n > view.length) return PyErr_SetString(PyExc_ValueError, "buffer too small for requested bytes");
  const os = _PyThreadState_GET().interp.host.os;
  const s = self as PySocketSockObject;
  const data = sock_call(s, () => os.read(s.sock_fd, n));
  if (data === null) return null;
  view.set(data as Uint8Array);
  return PyLong_FromNumber((data as Uint8Array).length);
}

/** @cpython sock_send: send(data[, flags]) -> count */
function sock_send(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("send", args.length, 1, 2)) return null;
  const data = getbuffer(args[0]);
  if (data === null || flagsArg(args, 1) === null) return null;
  const os = _PyThreadState_GET().interp.host.os;
  const s = self as PySocketSockObject;
  const n = sock_call(s, () => os.write(s.sock_fd, data));
  return n === null ? null : PyLong_FromNumber(n);
}

/** @cpython sock_sendall: sendall(data[, flags]) — send until all of it went, or fail. */
function sock_sendall(self: PyObject, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("sendall", args.length, 1, 2)) return null;
  const data = getbuffer(args[0]);
  if (data === null || flagsArg(args, 1) === null) return null;
  const os = _PyThreadState_GET().interp.host.os;
  const s = self as PySocketSockObject;
  let off = 0;
  do {
    const n = sock_call(s, () => os.write(s.sock_fd, data.subarray(off)));
    if (n === null) return null;
    off += n;
  } while (off < data.length);
  return Py_NewNone();
}

/** @cpython sock_shutdown: shutdown(flag) with SHUT_RD, SHUT_WR or SHUT_RDWR. */
function sock_shutdown(self: PyObject, arg: PyObject): PyObject | null {
  const how = intArg(arg);
  if (how === null) return null;
  const s = self as PySocketSockObject;
  if (s.sock_fd === -1) return setFromErrno(EBADF);
  const r = _PyThreadState_GET().interp.host.os.shutdown(s.sock_fd, how);
  return r < 0 ? setFromErrno(-r) : Py_NewNone();
}

/** getsockname/getpeername of an unnamed AF_UNIX socket: the empty address ''. */
function sock_unix_name(self: PyObject): PyObject | null {
  const s = self as PySocketSockObject;
  if (s.sock_fd === -1) return setFromErrno(EBADF);
  return PyUnicode_FromString("");
}

/** @cpython sock_repr */
function sock_repr(self: PyObject): PyObject {
  const s = self as PySocketSockObject;
  return PyUnicode_FromString(`<socket object, fd=${s.sock_fd}, family=${s.sock_family}, type=${s.sock_type}, proto=${s.sock_proto}>`);
}

/** @cpython sock_close: closing a closed socket is a no-op. */
function sock_close(self: PyObject): PyObject | null {
  const s = self as PySocketSockObject;
  const fd = s.sock_fd;
  if (fd !== -1) {
    s.sock_fd = -1;
    const r = _PyThreadState_GET().interp.host.os.close(fd);
    if (r < 0 && -r !== 104 /* ECONNRESET */) return setFromErrno(-r);
  }
  return Py_NewNone();
}

/** @cpython sock_detach: forget the descriptor without closing it; returns it. */
function sock_detach(self: PyObject): PyObject {
  const s = self as PySocketSockObject;
  const fd = s.sock_fd;
  s.sock_fd = -1;
  return PyLong_FromNumber(fd);
}

/** @cpython sock_fileno */
function sock_fileno(self: PyObject): PyObject {
  return PyLong_FromNumber((self as PySocketSockObject).sock_fd);
}

/** @cpython internal_setblocking: O_NONBLOCK on the descriptor (there is none to change). */
function internal_setblocking(s: PySocketSockObject): number {
  if (s.sock_fd === -1) {
    setFromErrno(EBADF);
    return -1;
  }
  return 0;
}

/** @cpython socket_parse_timeout: None, or non-negative seconds. */
function socket_parse_timeout(arg: PyObject): bigint | null | undefined {
  if (arg === Py_None) return null;
  const t = _PyTime_FromSecondsObject(arg, _PyTime_ROUND_TIMEOUT);
  if (t === null) return undefined;
  if (t < 0n) {
    PyErr_SetString(PyExc_ValueError, "Timeout value out of range");
    return undefined;
  }
  return t;
}

/** @cpython sock_settimeout */
function sock_settimeout(self: PyObject, arg: PyObject): PyObject | null {
  const s = self as PySocketSockObject;
  const t = socket_parse_timeout(arg);
  if (t === undefined) return null;
  s.sock_timeout = t;
  if (internal_setblocking(s) < 0) return null;
  return Py_NewNone();
}

/** @cpython sock_gettimeout */
function sock_gettimeout(self: PyObject): PyObject {
  const t = (self as PySocketSockObject).sock_timeout;
  return t === null ? Py_NewNone() : PyFloat_FromDouble(_PyTime_AsSecondsDouble(t));
}

/** @cpython sock_setblocking */
function sock_setblocking(self: PyObject, arg: PyObject): PyObject | null {
  const s = self as PySocketSockObject;
  const block = PyObject_IsTrue(arg);
  if (block < 0) return null;
  s.sock_timeout = block ? null : 0n;
  if (internal_setblocking(s) < 0) return null;
  return Py_NewNone();
}

/** @cpython sock_getblocking */
function sock_getblocking(self: PyObject): PyObject {
  const t = (self as PySocketSockObject).sock_timeout;
  return PyBool_FromLong(t === null || t > 0n);
}

const sock_methods: PyMethodDef[] = [
  { ml_name: "close", ml_meth: sock_close, ml_flags: METH_NOARGS,
    ml_doc: "close()\n\nClose the socket. It cannot be used after this call." },
  { ml_name: "detach", ml_meth: sock_detach, ml_flags: METH_NOARGS,
    ml_doc: "detach()\n\nLet go of the file descriptor without closing it, and return it." },
  { ml_name: "fileno", ml_meth: sock_fileno, ml_flags: METH_NOARGS,
    ml_doc: "fileno() -> integer\n\nThe socket's file descriptor (-1 once closed)." },
  { ml_name: "settimeout", ml_meth: sock_settimeout, ml_flags: METH_O,
    ml_doc: "settimeout(timeout)\n\nSeconds to wait in blocking operations; None for no limit, 0 for non-blocking." },
  { ml_name: "gettimeout", ml_meth: sock_gettimeout, ml_flags: METH_NOARGS,
    ml_doc: "gettimeout() -> timeout\n\nThe timeout in seconds (a float), or None." },
  { ml_name: "setblocking", ml_meth: sock_setblocking, ml_flags: METH_O,
    ml_doc: "setblocking(flag)\n\nsetblocking(True) is settimeout(None), setblocking(False) is settimeout(0.0)." },
  { ml_name: "getblocking", ml_meth: sock_getblocking, ml_flags: METH_NOARGS,
    ml_doc: "getblocking()\n\nTrue when operations block (no timeout or a positive one)." },
  { ml_name: "recv", ml_meth: sock_recv, ml_flags: METH_FASTCALL,
    ml_doc: "recv(buffersize[, flags]) -> data\n\nReceive up to buffersize bytes from the socket." },
  { ml_name: "recv_into", ml_meth: sock_recv_into, ml_flags: METH_FASTCALL | METH_KEYWORDS,
    ml_doc: "recv_into(buffer, [nbytes[, flags]]) -> nbytes_read\n\nA version of recv() that stores its data into a buffer rather than creating\na new string." },
  { ml_name: "send", ml_meth: sock_send, ml_flags: METH_FASTCALL,
    ml_doc: "send(data[, flags]) -> count\n\nSend a data string to the socket; returns the number of bytes sent." },
  { ml_name: "sendall", ml_meth: sock_sendall, ml_flags: METH_FASTCALL,
    ml_doc: "sendall(data[, flags])\n\nSend a data string to the socket, until all of it is sent or an error occurs." },
  { ml_name: "shutdown", ml_meth: sock_shutdown, ml_flags: METH_O,
    ml_doc: "shutdown(flag)\n\nShut down the reading side of the socket (flag == SHUT_RD), the writing side\nof the socket (flag == SHUT_WR), or both ends (flag == SHUT_RDWR)." },
  { ml_name: "getsockname", ml_meth: sock_unix_name, ml_flags: METH_NOARGS,
    ml_doc: "getsockname() -> address info\n\nReturn the address of the local endpoint." },
  { ml_name: "getpeername", ml_meth: sock_unix_name, ml_flags: METH_NOARGS,
    ml_doc: "getpeername() -> address info\n\nReturn the address of the remote endpoint." },
];

export const PySocketSock_Type = new PyTypeObject({
  tp_name: "_socket.socket",
  tp_basicsize: 48,
  tp_flags: Py_TPFLAGS_BASETYPE,
  tp_doc: "socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None) -> socket object\n\n" +
    "A network endpoint. Lib/socket.py subclasses it; see the module's documentation.",
  tp_new: sock_new,
  tp_init: sock_initobj,
  tp_repr: sock_repr,
  tp_dealloc: sock_dealloc,
  tp_methods: sock_methods,
  tp_members: [
    { name: "family", get: (o) => PyLong_FromNumber((o as PySocketSockObject).sock_family), doc: "the socket family" },
    { name: "type", get: (o) => PyLong_FromNumber((o as PySocketSockObject).sock_type), doc: "the socket type" },
    { name: "proto", get: (o) => PyLong_FromNumber((o as PySocketSockObject).sock_proto), doc: "the socket protocol" },
  ],
  tp_getset: [{ name: "timeout", get: sock_gettimeout, doc: "the socket timeout" }],
});

// -- module functions -----------------------------------------------------------------------------

/** @cpython socket_gethostname */
function socket_gethostname(_module: PyObject | null): PyObject {
  return PyUnicode_FromString(_PyThreadState_GET().interp.host.os.uname()[1]);
}

/** @cpython socket_getdefaulttimeout */
function socket_getdefaulttimeout(_module: PyObject | null): PyObject {
  return defaulttimeout === null ? Py_NewNone() : PyFloat_FromDouble(_PyTime_AsSecondsDouble(defaulttimeout));
}

/** @cpython socket_setdefaulttimeout */
function socket_setdefaulttimeout(_module: PyObject | null, arg: PyObject): PyObject | null {
  const t = socket_parse_timeout(arg);
  if (t === undefined) return null;
  defaulttimeout = t;
  return Py_NewNone();
}

/** The value of an int argument as a C long, or null (PyLong_AsLong). */
function longArg(o: PyObject): number | bigint | null {
  let v: number | bigint;
  if (PyLong_Check(o)) v = (o as PyLongObject).ob_ival;
  else {
    const i = _PyNumber_Index(o);
    if (i === null) return null;
    v = (i as PyLongObject).ob_ival;
    Py_DECREF(i);
  }
  if (typeof v === "bigint" && (v > 9223372036854775807n || v < -9223372036854775808n)) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C long");
  }
  return v;
}

const swap16 = (x: number): number => ((x & 0xff) << 8) | ((x >> 8) & 0xff);
const swap32 = (x: number): number => (((x & 0xff) << 24) | ((x & 0xff00) << 8) | ((x >> 8) & 0xff00) | ((x >>> 24) & 0xff)) >>> 0;

/** htons/ntohs: a 16-bit byte swap (x86-64 is little-endian). */
function swap16_arg(name: string, arg: PyObject): PyObject | null {
  const v = longArg(arg);
  if (v === null) return null;
  if (v < 0) return PyErr_SetString(PyExc_OverflowError, `${name}: can't convert negative Python int to C 16-bit unsigned integer`);
  if (v > 0xffff) return PyErr_SetString(PyExc_OverflowError, `${name}: Python int too large to convert to C 16-bit unsigned integer`);
  return PyLong_FromNumber(swap16(Number(v)));
}

/** htonl/ntohl: a 32-bit byte swap of an int. */
function swap32_arg(arg: PyObject): PyObject | null {
  if (!PyLong_Check(arg)) return PyErr_SetString(PyExc_TypeError, `expected int, ${arg.ob_type.tp_name} found`);
  const v = (arg as PyLongObject).ob_ival;
  if (v < 0) return PyErr_SetString(PyExc_OverflowError, "can't convert negative value to unsigned int");
  if (typeof v === "bigint" && v > 0xffffffffffffffffn) {
    return PyErr_SetString(PyExc_OverflowError, "Python int too large to convert to C unsigned long");
  }
  if (v > 0xffffffff) return PyErr_SetString(PyExc_OverflowError, "int larger than 32 bits");
  return PyLong_FromNumber(swap32(Number(v)));
}

function socket_htons(_m: PyObject | null, arg: PyObject): PyObject | null { return swap16_arg("htons", arg); }
function socket_ntohs(_m: PyObject | null, arg: PyObject): PyObject | null { return swap16_arg("ntohs", arg); }
function socket_htonl(_m: PyObject | null, arg: PyObject): PyObject | null { return swap32_arg(arg); }
function socket_ntohl(_m: PyObject | null, arg: PyObject): PyObject | null { return swap32_arg(arg); }

/**
 * inet_aton(3): one to four numbers (decimal, 0x hex or 0 octal) separated by dots, the
 * last filling the remaining bytes; text after the address must start with a space.
 */
function inet_aton(cp: string): Uint8Array | null {
  const parts: number[] = [];
  let i = 0;
  for (;;) {
    if (i >= cp.length || !/[0-9]/.test(cp[i])) return null;
    let base = 10;
    if (cp[i] === "0") {
      i++;
      if (cp[i] === "x" || cp[i] === "X") { base = 16; i++; } else base = 8;
    }
    let val = 0, digits = 0;
    for (; i < cp.length; i++) {
      const c = cp[i];
      const d = /[0-9]/.test(c) ? c.charCodeAt(0) - 48 : base === 16 && /[a-fA-F]/.test(c) ? (c.charCodeAt(0) | 32) - 87 : -1;
      if (d < 0 || d >= base) break;
      val = val * base + d;
      digits++;
      if (val > 0xffffffff) return null;
    }
    if (base === 16 && digits === 0) return null;
    parts.push(val);
    if (cp[i] === ".") {
      if (parts.length >= 4) return null;
      i++;
      continue;
    }
    break;
  }
  if (i < cp.length && !/[ \t\n\v\f\r]/.test(cp[i])) return null;
  let addr: number;
  const [a, b, c, d] = parts;
  switch (parts.length) {
    case 1: addr = a; break;
    case 2: if (a > 0xff || b > 0xffffff) return null; addr = a * 2 ** 24 + b; break;
    case 3: if (a > 0xff || b > 0xff || c > 0xffff) return null; addr = a * 2 ** 24 + b * 2 ** 16 + c; break;
    default: if (a > 0xff || b > 0xff || c > 0xff || d > 0xff) return null; addr = a * 2 ** 24 + b * 2 ** 16 + c * 2 ** 8 + d;
  }
  return new Uint8Array([(addr >>> 24) & 0xff, (addr >>> 16) & 0xff, (addr >>> 8) & 0xff, addr & 0xff]);
}

/** inet_pton(AF_INET): exactly four decimal bytes, no leading zeros. */
function inet_pton4(src: string): Uint8Array | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(src);
  if (m === null) return null;
  const out = new Uint8Array(4);
  for (let k = 0; k < 4; k++) {
    const p = m[k + 1];
    if (p.length > 1 && p[0] === "0") return null;
    const n = Number(p);
    if (n > 255) return null;
    out[k] = n;
  }
  return out;
}

/** inet_pton(AF_INET6): eight groups of up to four hex digits, one "::", an IPv4 tail. */
function inet_pton6(src: string): Uint8Array | null {
  const out = new Uint8Array(16);
  const halves = src.split("::");
  if (halves.length > 2) return null;
  const parse = (s: string, allowV4: boolean): number[] | null => {
    if (s === "") return [];
    const groups = s.split(":");
    const words: number[] = [];
    for (let k = 0; k < groups.length; k++) {
      const g = groups[k];
      if (allowV4 && k === groups.length - 1 && g.includes(".")) {
        const v4 = inet_pton4(g);
        if (v4 === null) return null;
        words.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return null;
      words.push(parseInt(g, 16));
    }
    return words;
  };
  let words: number[];
  if (halves.length === 2) {
    const head = parse(halves[0], false), tail = parse(halves[1], true);
    if (head === null || tail === null || head.length + tail.length > 7) return null;
    words = [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
  } else {
    const all = parse(halves[0], true);
    if (all === null || all.length !== 8) return null;
    words = all;
  }
  for (let k = 0; k < 8; k++) {
    out[2 * k] = words[k] >> 8;
    out[2 * k + 1] = words[k] & 0xff;
  }
  return out;
}

/** inet_ntop(AF_INET6) as glibc prints it: the longest run of two or more zero groups as "::". */
function inet_ntop6(b: Uint8Array): string {
  const words: number[] = [];
  for (let k = 0; k < 8; k++) words.push((b[2 * k] << 8) | b[2 * k + 1]);
  let best = -1, bestLen = 0;
  for (let k = 0; k < 8;) {
    if (words[k] !== 0) { k++; continue; }
    let e = k;
    while (e < 8 && words[e] === 0) e++;
    if (e - k > bestLen) { best = k; bestLen = e - k; }
    k = e;
  }
  if (bestLen < 2) best = -1;
  let out = "";
  for (let k = 0; k < 8; k++) {
    if (best >= 0 && k >= best && k < best + bestLen) {
      if (k === best) out += ":";
      continue;
    }
    if (k !== 0) out += ":";
    // An embedded IPv4 address: ::a.b.c.d and ::ffff:a.b.c.d.
    if (k === 6 && best === 0 && (bestLen === 6 || (bestLen === 5 && words[5] === 0xffff))) {
      out += `${b[12]}.${b[13]}.${b[14]}.${b[15]}`;
      break;
    }
    out += words[k].toString(16);
  }
  if (best >= 0 && best + bestLen === 8) out += ":";
  return out;
}

/** A str argument as text, or null (TypeError "f() argument N must be str, not X"). */
function strArg(o: PyObject, fname: string, argname: string): string | null {
  if (!PyUnicode_Check(o)) return PyErr_SetString(PyExc_TypeError, `${fname}() ${argname} must be str, not ${o.ob_type.tp_name}`);
  const s = (o as PyUnicodeObject).str;
  if (s.includes("\0")) return PyErr_SetString(PyExc_ValueError, "embedded null character");
  return s;
}

/** @cpython socket_inet_aton */
function socket_inet_aton(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("inet_aton", args.length, 1, 1)) return null;
  const ip = strArg(args[0], "inet_aton", "argument 1");
  if (ip === null) return null;
  const packed = inet_aton(ip);
  if (packed === null) return PyErr_SetString(PyExc_OSError, "illegal IP address string passed to inet_aton");
  return PyBytes_FromArray(packed);
}

/** @cpython socket_inet_ntoa */
function socket_inet_ntoa(_m: PyObject | null, arg: PyObject): PyObject | null {
  const b = getbuffer(arg);
  if (b === null) return null;
  if (b.length !== 4) return PyErr_SetString(PyExc_OSError, "packed IP wrong length for inet_ntoa");
  return PyUnicode_FromString(`${b[0]}.${b[1]}.${b[2]}.${b[3]}`);
}

/** @cpython socket_inet_pton */
function socket_inet_pton(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("inet_pton", args.length, 2, 2)) return null;
  const af = intArg(args[0]);
  if (af === null) return null;
  const ip = strArg(args[1], "inet_pton", "argument 2");
  if (ip === null) return null;
  let packed: Uint8Array | null;
  if (af === AF_INET) packed = inet_pton4(ip);
  else if (af === AF_INET6) packed = inet_pton6(ip);
  else return setFromErrno(EAFNOSUPPORT);
  if (packed === null) return PyErr_SetString(PyExc_OSError, "illegal IP address string passed to inet_pton");
  return PyBytes_FromArray(packed);
}

/** @cpython socket_inet_ntop */
function socket_inet_ntop(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("inet_ntop", args.length, 2, 2)) return null;
  const af = intArg(args[0]);
  if (af === null) return null;
  const b = getbuffer(args[1]);
  if (b === null) return null;
  if (af === AF_INET) {
    if (b.length !== 4) return PyErr_SetString(PyExc_ValueError, "invalid length of packed IP address string");
    return PyUnicode_FromString(`${b[0]}.${b[1]}.${b[2]}.${b[3]}`);
  }
  if (af === AF_INET6) {
    if (b.length !== 16) return PyErr_SetString(PyExc_ValueError, "invalid length of packed IP address string");
    return PyUnicode_FromString(inet_ntop6(b));
  }
  return PyErr_SetString(PyExc_ValueError, `unknown address family ${af}`);
}

/**
 * @cpython socket_socketpair: socketpair([family[, type [, proto]]]) -> (socket object, socket object).
 * Both ends live in this process (host.ts socketpair): AF_UNIX stream sockets only.
 */
function socket_socketpair(_m: PyObject | null, args: PyObject[]): PyObject | null {
  if (!_PyArg_CheckPositional("socketpair", args.length, 0, 3)) return null;
  const v = [AF_UNIX, SOCK_STREAM, 0];
  for (let i = 0; i < args.length; i++) {
    const x = intArg(args[i]);
    if (x === null) return null;
    v[i] = x;
  }
  const type = v[1] & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  if (v[0] !== AF_UNIX) return setFromErrno(v[0] === AF_INET || v[0] === AF_INET6 ? EOPNOTSUPP : EAFNOSUPPORT);
  if (type !== SOCK_STREAM) return setFromErrno(ENOSYS);
  const os = _PyThreadState_GET().interp.host.os;
  const fds = os.socketpair();
  if (typeof fds === "number") return setFromErrno(-fds);
  const socks = fds.map((fd) => {
    const sock = new PySocketSockObject(PySocketSock_Type);
    sock.sock_fd = fd;
    sock.sock_family = AF_UNIX;
    sock.sock_type = type;
    sock.sock_proto = v[2];
    if (v[1] & SOCK_NONBLOCK) sock.sock_timeout = 0n;
    return sock;
  });
  return _PyTuple_FromArraySteal(socks);
}

const socket_methods: PyMethodDef[] = [
  { ml_name: "socketpair", ml_meth: socket_socketpair, ml_flags: METH_FASTCALL,
    ml_doc: "socketpair([family[, type [, proto]]]) -> (socket object, socket object)\n\nCreate a pair of socket objects from the sockets returned by the platform\nsocketpair() function.\nThe arguments are the same as for socket() except the default family is\nAF_UNIX if defined on the platform; otherwise, the default is AF_INET." },
  { ml_name: "gethostname", ml_meth: socket_gethostname, ml_flags: METH_NOARGS,
    ml_doc: "gethostname() -> string\n\nThis machine's host name." },
  { ml_name: "getdefaulttimeout", ml_meth: socket_getdefaulttimeout, ml_flags: METH_NOARGS,
    ml_doc: "getdefaulttimeout() -> timeout\n\nThe timeout new sockets start with (None: none)." },
  { ml_name: "setdefaulttimeout", ml_meth: socket_setdefaulttimeout, ml_flags: METH_O,
    ml_doc: "setdefaulttimeout(timeout)\n\nSet the timeout new sockets start with (None: none)." },
  { ml_name: "htons", ml_meth: socket_htons, ml_flags: METH_O,
    ml_doc: "htons(integer) -> integer\n\nA 16-bit integer from host to network byte order." },
  { ml_name: "ntohs", ml_meth: socket_ntohs, ml_flags: METH_O,
    ml_doc: "ntohs(integer) -> integer\n\nA 16-bit integer from network to host byte order." },
  { ml_name: "htonl", ml_meth: socket_htonl, ml_flags: METH_O,
    ml_doc: "htonl(integer) -> integer\n\nA 32-bit integer from host to network byte order." },
  { ml_name: "ntohl", ml_meth: socket_ntohl, ml_flags: METH_O,
    ml_doc: "ntohl(integer) -> integer\n\nA 32-bit integer from network to host byte order." },
  { ml_name: "inet_aton", ml_meth: socket_inet_aton, ml_flags: METH_FASTCALL,
    ml_doc: "inet_aton(string) -> bytes giving packed 32-bit IP representation\n\nAn IPv4 address in dotted form as four bytes." },
  { ml_name: "inet_ntoa", ml_meth: socket_inet_ntoa, ml_flags: METH_O,
    ml_doc: "inet_ntoa(packed_ip) -> ip_address_string\n\nFour bytes as an IPv4 address in dotted form." },
  { ml_name: "inet_pton", ml_meth: socket_inet_pton, ml_flags: METH_FASTCALL,
    ml_doc: "inet_pton(af, ip) -> packed IP address string\n\nAn IPv4 or IPv6 address in text form as bytes." },
  { ml_name: "inet_ntop", ml_meth: socket_inet_ntop, ml_flags: METH_FASTCALL,
    ml_doc: "inet_ntop(af, packed_ip) -> string formatted IP address\n\nA packed IPv4 or IPv6 address in text form." },
];

/** An exception class named `socket.<name>` deriving from `base` (PyErr_NewException). */
function new_exception(name: string, base: PyTypeObject): PyTypeObject | null {
  const n = PyUnicode_FromString(name);
  const bases = PyTuple_FromArray([base]);
  const dict = PyDict_New();
  const mod = PyUnicode_FromString("socket");
  PyDict_SetItemString(dict, "__module__", mod);
  Py_DECREF(mod);
  const t = PyObject_Vectorcall(PyType_Type, [n, bases, dict], null);
  Py_DECREF(n);
  Py_DECREF(bases);
  Py_DECREF(dict);
  return t as PyTypeObject | null;
}

let socket_herror: PyTypeObject | null = null;
let socket_gaierror: PyTypeObject | null = null;

/** @cpython PyInit__socket (socket_exec) */
export function PyInit__socket(): PyObject | null {
  const m: PyModuleObject = PyModule_Create("_socket",
    "Implementation module for socket operations.\n\nSee the socket module for documentation.", socket_methods);
  if (socket_herror === null) socket_herror = new_exception("herror", PyExc_OSError);
  if (socket_gaierror === null) socket_gaierror = new_exception("gaierror", PyExc_OSError);
  if (socket_herror === null || socket_gaierror === null) {
    Py_DECREF(m);
    return null;
  }
  PyModule_AddObjectRef(m, "error", PyExc_OSError);
  PyModule_AddObjectRef(m, "herror", socket_herror);
  PyModule_AddObjectRef(m, "gaierror", socket_gaierror);
  PyModule_AddObjectRef(m, "timeout", PyExc_TimeoutError);
  if (PyModule_AddType(m, PySocketSock_Type) < 0) {
    Py_DECREF(m);
    return null;
  }
  PyModule_AddObjectRef(m, "SocketType", PySocketSock_Type);
  const has_ipv6 = PyBool_FromLong(0);
  PyModule_AddObjectRef(m, "has_ipv6", has_ipv6);
  Py_DECREF(has_ipv6);
  for (const item of SOCKET_CONSTANTS.trim().split(/\s+/)) {
    const eq = item.indexOf("=");
    PyModule_AddIntConstant(m, item.slice(0, eq), Number(item.slice(eq + 1)));
  }
  return m;
}
