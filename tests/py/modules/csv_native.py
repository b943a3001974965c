# _csv used directly: Dialect validation, the reader's states and errors, the writer's
# quoting and escaping, the registry and the field size limit.
import _csv

def err(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, "->", r)
    except _csv.Error as e:
        print(label, "-> Error", e)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

def dialect_info(d):
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, d.lineterminator, d.quoting, d.strict)

print(_csv.__version__, _csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE)
print(_csv.Error.__mro__, _csv.Error.__module__, _csv.Dialect, _csv.Reader, _csv.Writer)
print(sorted(n for n in dir(_csv) if not n.startswith("__")))
print(dialect_info(_csv.Dialect()))
print(dialect_info(_csv.Dialect(delimiter=";", quotechar="'", escapechar="\\", doublequote=False,
                                skipinitialspace=1, lineterminator="\n", quoting=_csv.QUOTE_ALL, strict=[1])))
print(dialect_info(_csv.Dialect(quotechar=None)))
class Excel:
    delimiter = ","
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = _csv.QUOTE_MINIMAL
class Tab(Excel):
    delimiter = "\t"
print(dialect_info(_csv.Dialect(Tab)), dialect_info(_csv.Dialect(Tab(), quoting=1)))
class Partial:
    delimiter = "|"
print(dialect_info(_csv.Dialect(Partial)))
d = _csv.Dialect(delimiter=":")
print(_csv.Dialect(d) is d, _csv.Dialect(d, strict=True) is d, dialect_info(_csv.Dialect(d, strict=True)))
for kw in [dict(delimiter="ab"), dict(quoting=5), dict(quoting=1.0), dict(quoting=True), dict(quoting=2**40),
           dict(quotechar=None, quoting=0), dict(lineterminator=None), dict(lineterminator=1),
           dict(escapechar=5), dict(delimiter=None), dict(delimiter=5), dict(escapechar=""), dict(escapechar="ab"),
           dict(quotechar=""), dict(delimiter=""), dict(quotechar=5), dict(x=1)]:
    err("Dialect(%r)" % (kw,), lambda: dialect_info(_csv.Dialect(**kw)))
err("Dialect nope", _csv.Dialect, "nope")
err("Dialect too many", _csv.Dialect, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
err("Dialect pos+kw", _csv.Dialect, Excel, dialect=Excel)
err("Dialect reduce", _csv.Dialect().__reduce__)
err("Dialect reduce_ex", _csv.Dialect().__reduce_ex__, 2)
err("Dialect set", setattr, _csv.Dialect(), "delimiter", ";")
class SubDialect(_csv.Dialect):
    pass
print(type(SubDialect(delimiter=";")).__name__, SubDialect(delimiter=";").delimiter)
print(repr(_csv.Dialect().lineterminator), _csv.Dialect(lineterminator="END").lineterminator)
print(dialect_info(_csv.Dialect(delimiter="é", quotechar="😀")))

# registry
print(_csv.list_dialects(), _csv._dialects)
_csv.register_dialect("semi", delimiter=";")
_csv.register_dialect("tab", Tab)
_csv.register_dialect("tab2", "tab", quoting=_csv.QUOTE_NONE, escapechar="\\")
print(sorted(_csv.list_dialects()), dialect_info(_csv.get_dialect("tab2")), dialect_info(_csv.get_dialect(name="semi")))
print(_csv.get_dialect("semi") is _csv._dialects["semi"], _csv.Dialect("semi") is _csv.get_dialect("semi"))
_csv.unregister_dialect("semi"); _csv.unregister_dialect(name="tab2")
print(sorted(_csv.list_dialects()))
err("unregister unknown", _csv.unregister_dialect, "semi")
err("get unknown", _csv.get_dialect, "semi")
err("get unhashable", _csv.get_dialect, [])
err("register no args", _csv.register_dialect)
err("register int", _csv.register_dialect, 1)
err("register 3 args", _csv.register_dialect, "a", Excel, 3)
err("register bad", _csv.register_dialect, "bad", delimiter="xx")
err("list_dialects(1)", _csv.list_dialects, 1)
err("get_dialect()", _csv.get_dialect)
err("unregister x=", _csv.unregister_dialect, x=1)

# field size limit
print(_csv.field_size_limit(), _csv.field_size_limit(10), _csv.field_size_limit(), _csv.field_size_limit(new_limit=131072))
err("limit str", _csv.field_size_limit, "a")
err("limit float", _csv.field_size_limit, 1.0)
err("limit big", _csv.field_size_limit, 2**70)
err("limit 2 args", _csv.field_size_limit, 1, 2)
old = _csv.field_size_limit(5)
err("field too big", list, _csv.reader(["abcdef"]))
print(list(_csv.reader(["abcde,12345"])))
_csv.field_size_limit(old)

# reading
def read(lines, *a, **kw):
    try:
        r = _csv.reader(lines, *a, **kw)
        out = list(r)
        return out, r.line_num
    except _csv.Error as e:
        return "Error: %s" % e
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)

cases = [
    ["a,b,c", "1,2,3"], ["a,b,c\r\n", "1,2,3\n"], [""], ["\n"], ["\r\n"], [","], ["a,"], [",a"],
    ['"a,b",c'], ['"a""b",c'], ['"a"b,c'], ['"abc"def"'], ['"multi', 'line",x'], ['"multi\n', 'line"\n'],
    ['a\rb'], ['a\nb'], ['"a\nb"'], ['"unterminated'], ['a,"b'], ['  a, b,  "c"'], ['a\\,b'],
    ['a,b\\'], ['"a\\"b"'], ['x\r', ''], ['x', '', 'y'], ['"x"\r\n'], ['"x" ,y'], ['\x00,a'],
    ['é,😀,"ü,x"'], ['a;b;c'], ['1,2.5,"x",-3e2,'], ['1,abc'], ['"1",2'],
]
for c in cases:
    print(repr(c), read(c))
    print("   strict", read(c, strict=True))
print(read(['a;b;"c;d"'], delimiter=";"))
print(read(['  a,  b'], skipinitialspace=True))
print(read(["a\\,b,c\\\\d", "x\\\ny"], escapechar="\\"))
print(read(['"a\\"b",c'], escapechar="\\", doublequote=False))
print(read(['"a""b",c'], doublequote=False))
print(read(['"a",b'], quoting=_csv.QUOTE_NONE))
print(read(['a,"b,c'], quoting=_csv.QUOTE_NONE))
print(read(["'a,b',c"], quotechar="'"))
print(read(['1,2.5,"x"'], quoting=_csv.QUOTE_NONNUMERIC))
print(read(['1,abc'], quoting=_csv.QUOTE_NONNUMERIC))
print(read(['1, 2'], quoting=_csv.QUOTE_NONNUMERIC, skipinitialspace=True))
print(read(['a,b'], "tab"), read(['a\tb'], Tab), read(['a\tb'], dialect=Tab))
print(read([b"a,b"]), read([1]), read(5), read([], "nope"), read([], delimiter="xx"))
print(read(['"x\\', 'y"'], escapechar="\\"))
print(read(['ab\\'], escapechar="\\"), read(['ab\\'], escapechar="\\", strict=True))
print(read(['"ab\\'], escapechar="\\"))
print(read(['a\\\r', 'b'], escapechar="\\"), read(['a\\\r\n', 'b'], escapechar="\\"))
r = _csv.reader(["a,b", "", "c"])
print(next(r), r.line_num, next(r), r.line_num, next(r), r.line_num, type(r.dialect).__name__)
err("next exhausted", next, r)
class Gen:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise ValueError("gen failed")
        return "x,%d" % self.n
print(read(Gen()))
err("reader()", _csv.reader)
err("reader 3", _csv.reader, [], "excel", 3)
err("reader kw", _csv.reader, [], x=1)
err("Reader()", _csv.Reader)
err("Writer()", _csv.Writer)
print(type(_csv.reader([])).__name__, _csv.reader([]).line_num)

# writing
class Out:
    def __init__(self): self.lines = []
    def write(self, s):
        self.lines.append(s)
        return len(s)
def write(rows, *a, **kw):
    o = Out()
    try:
        w = _csv.writer(o, *a, **kw)
        for row in rows:
            print("  writerow ->", w.writerow(row))
    except _csv.Error as e:
        return o.lines, "Error: %s" % e
    except Exception as e:
        return o.lines, "%s: %s" % (type(e).__name__, e)
    return o.lines
rows = [["a", "b"], [1, 2.5, None, True], ["x,y", 'q"q', "line\nbreak", "cr\r", " lead", ""], [""], [],
        ["é😀"], [None], [None, None], ["", ""], (x for x in "ab"), "str", [b"bytes"]]
print(write(rows))
print(write(rows, quoting=_csv.QUOTE_ALL))
print(write(rows, quoting=_csv.QUOTE_NONNUMERIC))
print(write([["a,b"]], quoting=_csv.QUOTE_NONE))
print(write([["a,b", 'q"', "e\\"]], quoting=_csv.QUOTE_NONE, escapechar="\\"))
print(write([[""]], quoting=_csv.QUOTE_NONE))
print(write([['q"q']], doublequote=False))
print(write([['q"q', "x\\"]], doublequote=False, escapechar="\\"))
print(write([["a", "b"]], delimiter="\t", lineterminator="\n"))
print(write([["a!b", "c"]], lineterminator="!"))
print(write([["a'b", "c"]], quotechar="'"))
print(write([["a", "b"]], quotechar=None, quoting=_csv.QUOTE_NONE))
print(write([[1, 2]], "tab"))
print(write([5]))
print(write([[1], 5]))
class Bad:
    def __str__(self): raise ValueError("no str")
print(write([[Bad()]]))
class BadIter:
    def __iter__(self): return self
    def __next__(self): raise KeyError("boom")
print(write([BadIter()]))
o = Out(); w = _csv.writer(o)
print(w.writerows([[1, 2], ["a"]]), o.lines, type(w.dialect).__name__, w.dialect.delimiter)
err("writerows bad", w.writerows, 5)
err("writerows inner bad", w.writerows, [[1], 2])
err("writer()", _csv.writer)
err("writer(1)", _csv.writer, 1)
class NotCallable:
    write = 5
err("writer noncallable", _csv.writer, NotCallable())
err("writer kw", _csv.writer, Out(), x=1)
class FailWrite:
    def write(self, s): raise OSError("disk full")
err("write fails", _csv.writer(FailWrite()).writerow, [1])
