# compile(..., "single") takes one statement, compound ones included: the end of the input
# closes the block. More than one statement is a SyntaxError.
sources = [
    "class B:\n    pass\n",
    "if 1:\n  x = 1\n",
    "x = 5\n",
    "def f(): return 3\n",
    "for i in range(2):\n    print('loop', i)\n",
    "class C:\n    pass\n\n",
    "@staticmethod\ndef g(): pass\n",
    "try:\n    1/0\nexcept ZeroDivisionError:\n    print('caught')\n",
    "x = 1\ny = 2\n",
    "x=1\n\n# comment\nfoo\n",
    "x = 1  # trailing comment\n\n# more\n",
    "if 1:\n  pass\nx=1\n",
    "if 1:\n",
    "",
    "\n",
    "x=1;y=2\n",
]
for src in sources:
    ns = {}
    try:
        code = compile(src, "<single>", "single")
        exec(code, ns)
        print("ok", repr(src), sorted(k for k in ns if k != "__builtins__"))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg, e.lineno, e.offset)
