import tokenize, io, token
src = "def f(x):\n    return x + 1  # c\ns = 'str'\n"
for tok in tokenize.generate_tokens(io.StringIO(src).readline):
    print(token.tok_name[tok.type], repr(tok.string), tok.start, tok.end)
toks = list(tokenize.tokenize(io.BytesIO(src.encode()).readline)); print(toks[0].type == tokenize.ENCODING, toks[0].string)
print(tokenize.untokenize((t.type, t.string) for t in tokenize.generate_tokens(io.StringIO("a=1\n").readline)))
print(tokenize.detect_encoding(io.BytesIO(b"# -*- coding: latin-1 -*-\nx\n").readline))
print(token.NAME, token.OP, token.ISTERMINAL(token.NAME), token.EXACT_TOKEN_TYPES["+"] == token.PLUS)
try:
    list(tokenize.generate_tokens(io.StringIO("(\n").readline))
except tokenize.TokenError as e:
    print("TokenError", e.args[0])
