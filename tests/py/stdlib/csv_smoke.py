import csv, io
buf = io.StringIO()
w = csv.writer(buf)
w.writerow(["a", "b,c", 'd"e', 1, 2.5, None])
w.writerows([[1, 2], ["x\ny", ""]])
print(repr(buf.getvalue()))
for row in csv.reader(io.StringIO(buf.getvalue())):
    print(row)
buf = io.StringIO()
dw = csv.DictWriter(buf, fieldnames=["n", "v"])
dw.writeheader(); dw.writerow({"n": "x", "v": 1})
print(repr(buf.getvalue()))
for r in csv.DictReader(io.StringIO(buf.getvalue())):
    print(r)
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
buf = io.StringIO(); csv.writer(buf, quoting=csv.QUOTE_ALL).writerow(["a", 1]); print(repr(buf.getvalue()))
print(csv.list_dialects())
d = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print(d.delimiter)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("Error", e)
