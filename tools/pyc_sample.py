# Dev helper for tools/check-marshal.ts: compiles every STEP-th stdlib file with python3,
# writes NNNN.pyc (as importlib would) and NNNN.dis (what dis.dis prints) into OUT.
# Usage: PYTHONHASHSEED=0 python3 tools/pyc_sample.py STEP OUT
import sys, os, py_compile, dis, io, marshal, glob
import sysconfig
root = sysconfig.get_paths()['stdlib']
files = sorted(f for f in glob.glob(root + '/**/*.py', recursive=True) if 'site-packages' not in f)
step = int(sys.argv[1]) if len(sys.argv) > 1 else 10
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
n = 0
for i, f in enumerate(files[::step]):
    try:
        src = open(f, 'rb').read()
        co = compile(src, f, 'exec')
    except Exception:
        continue
    base = os.path.join(out, '%04d' % i)
    with open(base + '.pyc', 'wb') as fp:
        import importlib._bootstrap_external as be
        fp.write(be._code_to_timestamp_pyc(co, 0, len(src)))
    buf = io.StringIO()
    dis.dis(co, file=buf)
    open(base + '.dis', 'w').write(buf.getvalue())
    open(base + '.src', 'w').write(f)
    n += 1
print(n)
