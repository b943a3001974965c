# Encoding and decoding with the built-in codecs and every standard error handler
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
        if isinstance(e, UnicodeError): print("  ", e.start, e.end, repr(e.reason))
s = 'aé€😀'
for enc in ['utf-8', 'UTF8', 'ascii', 'latin-1', 'latin1', 'iso-8859-1', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'u8', 'us-ascii', 'foo']:
    for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass', 'bogus']:
        t(lambda: s.encode(enc, err))
for x in ['a\udc80\udcffb', 'a\ud800b', 'a\udc80\u20ac']:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16-le']:
        for err in ['strict', 'surrogateescape', 'surrogatepass', 'replace', 'backslashreplace']:
            t(lambda: x.encode(enc, err))
for b in [b'abc', b'\xc3\xa9', b'\xff', b'a\xed\xa0\x80b', b'\xf0\x9f\x98', b'\xe0\x80\x80', b'a\x80\x81', b'\xef\xbb\xbfa', b'\xc3', b'a\x00\x80']:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'xmlcharrefreplace']:
            t(lambda: b.decode(enc, err))
for b in [b'\xff\xfea\x00', b'a\x00', b'\x00\xd8A\x00', b'\x00\xdcA\x00', b'A\x00B', b'\xff\xfe\x00\xd8', b'=\xd8\x00\xde']:
    for enc in ['utf-16', 'utf-16-le', 'utf-16-be']:
        for err in ['strict', 'replace', 'surrogatepass']:
            t(lambda: b.decode(enc, err))
for b in [b'\xff\xfe\x00\x00a\x00\x00\x00', b'a\x00\x00\x00', b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'a\x00\x00']:
    for enc in ['utf-32', 'utf-32-le']:
        t(lambda: b.decode(enc)); t(lambda: b.decode(enc, 'replace'))
t(lambda: 'a'.encode(1)); t(lambda: 'a'.encode(errors=1)); t(lambda: 'a'.encode('utf\x008')); t(lambda: b'a'.decode(1)); t(lambda: 'é'.encode()); t(lambda: 'é'.encode(encoding='latin-1'))
t(lambda: bytes('é', 'utf-8')); t(lambda: bytearray('é', 'utf-16'))
