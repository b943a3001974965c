import zipfile, io
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("a.txt", "hello " * 50)
    z.writestr(zipfile.ZipInfo("dir/b.bin", date_time=(2020, 1, 2, 3, 4, 6)), b"\x00\x01\x02")
    z.writestr("stored.txt", "raw", compress_type=zipfile.ZIP_STORED)
with zipfile.ZipFile(buf) as z:
    print(z.namelist(), z.read("a.txt")[:12], z.read("dir/b.bin"), z.testzip())
    i = z.getinfo("dir/b.bin"); print(i.filename, i.file_size, i.date_time, i.compress_type)
    print(z.getinfo("a.txt").compress_size < z.getinfo("a.txt").file_size)
    with z.open("stored.txt") as f:
        print(f.read())
print(zipfile.is_zipfile(buf), zipfile.is_zipfile(io.BytesIO(b"nope")))
try:
    zipfile.ZipFile(io.BytesIO(b"not a zip"))
except zipfile.BadZipFile as e:
    print("BadZipFile", e)
with zipfile.ZipFile(buf) as z:
    try:
        z.read("missing")
    except KeyError as e:
        print("KeyError", e)
    p = zipfile.Path(z); print(sorted(x.name for x in p.iterdir()))
