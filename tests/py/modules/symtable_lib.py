import symtable
src = '''
import os
g = 1
def f(a, b=1, *args, **kw):
    global g
    x = 1
    def inner():
        nonlocal x
        return x + a
    return inner
class C:
    y: int
    def m(self): return self
    def n(self): pass
'''
top = symtable.symtable(src, "m.py", "exec")
print(top.get_type(), top.get_name(), top.get_lineno(), top.is_optimized(), top.is_nested(), top.has_children())
print(sorted(top.get_identifiers()))
for name in sorted(top.get_identifiers()):
    s = top.lookup(name)
    print(name, s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(), s.is_declared_global(),
          s.is_local(), s.is_annotated(), s.is_free(), s.is_assigned(), s.is_namespace(), len(s.get_namespaces()))
f = top.get_children()[0]
print(type(f).__name__, f.get_name(), f.get_parameters(), f.get_locals(), f.get_globals(), f.get_frees(), f.get_nonlocals())
inner = f.get_children()[0]
print(inner.get_name(), inner.get_frees(), inner.get_nonlocals(), inner.lookup('x').is_free())
c = top.get_children()[1]
print(type(c).__name__, c.get_methods(), c.lookup('y').is_annotated())
print(repr(top).split(' for ')[0], repr(f).split(' at ')[0], repr(top.lookup('g')))
try:
    top.lookup('nope')
except KeyError as e:
    print('KeyError', e)
try:
    symtable.symtable("def f(a, a): pass", "dup.py", "exec")
except SyntaxError as e:
    print(e.args, e.filename, e.lineno, e.offset, e.end_offset, e.text)
