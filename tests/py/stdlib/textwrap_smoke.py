import textwrap
s = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(s, 30)); print(textwrap.fill(s, 25, initial_indent="> ", subsequent_indent="  "))
print(textwrap.shorten(s, 40), textwrap.shorten("Hello  world!", width=12, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n    c\n")), repr(textwrap.indent("a\n\nb\n", "+ ")), repr(textwrap.indent("a\nb", "-", lambda l: l.startswith("b"))))
w = textwrap.TextWrapper(width=10, break_long_words=True, max_lines=2); print(w.wrap("supercalifragilistic word list here"))
print(textwrap.wrap("a\tb", expand_tabs=True, tabsize=4), textwrap.wrap(""), textwrap.fill("x-y-z long-hyphenated-word", 8))
try:
    textwrap.wrap("x", width=0)
except ValueError as e:
    print("ValueError", e)
