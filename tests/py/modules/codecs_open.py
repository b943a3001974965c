# codecs.open, StreamReaderWriter and text files in an encoding Lib/encodings provides.
import codecs, os

name = "codecs_open.tmp"
try:
    with codecs.open(name, "w", encoding="cp1252") as f:
        print(type(f).__name__, f.encoding)
        f.write("caf\u00e9 \u20ac\n")
        f.writelines(["line 2\n", "\u00c4\u00d6\u00dc\n"])
    with open(name, "rb") as f:
        print(f.read())
    with codecs.open(name, "r", encoding="cp1252") as f:
        print(repr(f.readline()), f.readlines())
    with open(name, encoding="cp1252") as f:
        print(repr(f.read()))
    with codecs.open(name, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write("a\u00e9\u20ac")
    with codecs.open(name, "rb") as f:
        print(f.read())
    with codecs.open(name, "r", encoding="utf-16") as f:
        try:
            f.read()
        except UnicodeError as e:
            print(type(e).__name__, e)
    with open(name, "w", encoding="koi8_r") as f:
        f.write("\u041f\u0440\u0438\u0432\u0435\u0442")
    with open(name, "rb") as f:
        print(f.read())
    try:
        open(name, encoding="no-such-encoding")
    except LookupError as e:
        print("LookupError", e)
finally:
    os.remove(name)
