import shlex
print(shlex.split('a "b c" d\\ e \'f g\' # comment'), shlex.split("a # b", comments=True))
print(shlex.quote("safe"), shlex.quote("has space"), shlex.quote("it's"), shlex.quote(""), shlex.join(["a", "b c"]))
lx = shlex.shlex("x = 'y z' + w", posix=True); lx.whitespace_split = False; print(list(lx))
lx = shlex.shlex("a && b || c", punctuation_chars=True); print(list(lx))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError", e)
