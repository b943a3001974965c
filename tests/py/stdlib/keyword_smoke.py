import keyword
print(keyword.iskeyword("for"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.iskeyword("x"))
print(keyword.kwlist)
print(keyword.softkwlist)
