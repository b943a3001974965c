import fnmatch
names = ["a.py", "b.txt", "c.PY", "data1.csv", "data22.csv", "[x].md"]
print(fnmatch.filter(names, "*.py"), fnmatch.filter(names, "data?.csv"), fnmatch.filter(names, "[ab].*"))
print(fnmatch.fnmatch("C.PY", "*.py"), fnmatch.fnmatchcase("C.PY", "*.py"), fnmatch.fnmatch("x", "[!a]"))
print(fnmatch.translate("*.py"), fnmatch.translate("a?[!b-d]"))
print(fnmatch.fnmatch("[x].md", "[[]x].md"))
