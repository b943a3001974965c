import os, shutil
s = os.statvfs(".")
print(type(s).__name__, type(s).__module__, len(s), os.statvfs_result.n_fields, os.statvfs_result.n_sequence_fields)
print(s.f_bsize > 0, s.f_frsize == s.f_bsize, s.f_blocks >= s.f_bfree >= 0, s.f_bavail <= s.f_bfree, s.f_namemax)
print(tuple(s)[:3] == (s.f_bsize, s.f_frsize, s.f_blocks), isinstance(s.f_fsid, int), isinstance(s.f_flag, int))
print(os.statvfs_result.__doc__)
fd = os.open(".", os.O_RDONLY)
f = os.fstatvfs(fd)
print(f.f_bsize == s.f_bsize, f.f_blocks == s.f_blocks, os.statvfs(fd).f_blocks == s.f_blocks)
os.close(fd)
print(os.statvfs(b".").f_blocks == s.f_blocks, os.statvfs in os.supports_fd)
u = shutil.disk_usage(".")
print(type(u).__name__, u.total == s.f_blocks * s.f_frsize, u.used + u.free <= u.total)
for bad in ["/no/such/dir", 1.5, None]:
    try:
        os.statvfs(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [12345, "x"]:
    try:
        os.fstatvfs(bad)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
try:
    os.fstatvfs()
except TypeError as e:
    print(e)
