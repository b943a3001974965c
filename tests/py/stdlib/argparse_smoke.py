import argparse
p = argparse.ArgumentParser(prog="tool", description="A tool.")
p.add_argument("files", nargs="*")
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-n", type=int, default=3, help="number")
p.add_argument("--mode", choices=["a", "b"], default="a")
p.add_argument("--flag", action="store_true")
p.add_argument("--item", action="append")
ns = p.parse_args(["x.txt", "y.txt", "-vv", "-n", "7", "--mode", "b", "--flag", "--item", "1", "--item", "2"])
print(ns)
print(vars(p.parse_args([])))
print(p.format_usage())
print(p.format_help())
sub = argparse.ArgumentParser(prog="git")
sp = sub.add_subparsers(dest="cmd")
c = sp.add_parser("commit")
c.add_argument("-m")
print(sub.parse_args(["commit", "-m", "msg"]))
g = argparse.ArgumentParser(prog="g")
mx = g.add_mutually_exclusive_group()
mx.add_argument("--a", action="store_true")
mx.add_argument("--b", action="store_true")
print(g.parse_args(["--a"]))
class NoExit(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError(message)
e = NoExit(prog="e")
e.add_argument("-n", type=int)
for args in (["-n", "x"], ["--zzz"]):
    try:
        e.parse_args(args)
    except ValueError as ex:
        print("error:", ex)
print(p.parse_known_args(["a", "--unknown"]))
