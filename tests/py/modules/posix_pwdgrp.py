# pwd and grp: the password and group databases (read from /etc/passwd and /etc/group).
import pwd
import grp

root = pwd.getpwuid(0)
print(root, type(root).__name__, type(root).__module__, len(root))
print(root.pw_name, root[0], root.pw_uid, root.pw_gid, pwd.getpwnam("root") == root)
print(pwd.struct_passwd.n_fields, pwd.struct_passwd.__match_args__)
all_pw = pwd.getpwall()
print(type(all_pw).__name__, len(all_pw) > 0, root in all_pw, all(type(p) is pwd.struct_passwd for p in all_pw))
g = grp.getgrgid(0)
print(g, type(g).__name__, type(g).__module__, type(g.gr_mem).__name__)
print(grp.getgrnam("root") == g, grp.getgrgid(id=0) == g, grp.getgrnam(name="root") == g)
all_gr = grp.getgrall()
print(len(all_gr) > 0, g in all_gr, all(isinstance(x.gr_mem, list) for x in all_gr))
print(grp.struct_group.__match_args__, grp.struct_group.n_fields)
for call in [lambda: pwd.getpwuid(99999), lambda: pwd.getpwnam("no such user"), lambda: pwd.getpwuid("x"),
             lambda: pwd.getpwnam(1), lambda: pwd.getpwuid(-1), lambda: pwd.getpwuid(-2),
             lambda: pwd.getpwuid(2**40), lambda: pwd.getpwuid(2**64), lambda: pwd.getpwuid(1.5),
             lambda: pwd.getpwnam("a\0b"), lambda: pwd.getpwuid(), lambda: pwd.getpwnam(name="root"),
             lambda: grp.getgrgid(99999), lambda: grp.getgrnam("no such group"), lambda: grp.getgrgid("x"),
             lambda: grp.getgrnam(b"root"), lambda: grp.getgrgid(-1), lambda: grp.getgrgid(2**40),
             lambda: grp.getgrgid(2**64), lambda: grp.getgrgid(), lambda: grp.getgrnam("a\0b"),
             lambda: grp.getgrgid(1, 2)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(n for n in dir(pwd) if not n.startswith("__")), sorted(n for n in dir(grp) if not n.startswith("__")))
