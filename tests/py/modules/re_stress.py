# re: long subjects and heavy backtracking run on explicit stacks, not the JS stack.
import re

s = "a" * 100000
print(len(re.match(r"(a)*", s).group()))
print(len(re.match(r"(?:a|b)*", s).group()))
print(len(re.match(r"(a|b)*?$", s).group()))
print(re.match(r"(?:a|ab)*c", "ab" * 20000 + "c").span())
print(len(re.findall(r"\w", "xy" * 20000)))
print(re.match(r"(x+x+)+y", "x" * 16) is None)
print(re.fullmatch(r"(?:(a)|b)*", "ab" * 30000).span(1))
print(len(re.sub(r"a", "bb", s)))
print(len(re.split(r"(?<=a)", "a" * 5000)))
t = ("word " * 20000).strip()
print(len(re.findall(r"\b\w+\b", t)), re.search(r"(\w+) \1 \1$", t).group(1))
print(re.match(r"(?:(?:a+)+)+b", "a" * 9) is None)
print(len(re.match(r"((a)(?:b)?)*", "ab" * 50000).group()))
