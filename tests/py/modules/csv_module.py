# csv through CPython's own Lib/csv.py on top of the native _csv.
import csv, io

print(csv.reader, csv.Error, csv.__version__, csv.QUOTE_NONNUMERIC, sorted(csv.list_dialects()))
data = 'name,age,notes\r\nAnn,30,"likes ""quotes"""\r\nBob,25,"multi\nline"\r\n'
rows = list(csv.reader(io.StringIO(data, newline="")))
print(rows)
print(list(csv.DictReader(io.StringIO(data, newline=""))))
out = io.StringIO(newline="")
w = csv.writer(out)
w.writerows(rows)
w.writerow(["a,b", 1.5, None, 'q"'])
print(repr(out.getvalue()))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"], extrasaction="ignore")
dw.writeheader(); dw.writerow({"x": 1, "y": 2, "z": 3}); dw.writerows([{"x": "a"}])
print(repr(out.getvalue()))
for name in ["excel", "excel-tab", "unix"]:
    d = csv.get_dialect(name)
    print(name, repr(d.delimiter), repr(d.lineterminator), d.quoting, d.doublequote)
class Semi(csv.excel):
    delimiter = ";"
csv.register_dialect("semi", Semi)
print(list(csv.reader(["a;b;'c;d'"], "semi", quotechar="'")))
out = io.StringIO(); csv.writer(out, "unix").writerow(["a", "b c"]); print(repr(out.getvalue()))
sn = csv.Sniffer()
sample = "a;b;c\n1;2;3\n4;5;6\n"
d = sn.sniff(sample)
print(d.delimiter, sn.has_header("name,age\nann,3\nbob,4\n"))
try:
    list(csv.reader(['"a"b'], strict=True))
except csv.Error as e:
    print("Error", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit())
