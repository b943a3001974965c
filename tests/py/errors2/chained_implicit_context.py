# An exception raised while handling another prints both, joined by "During handling...".
def parse(text):
    try:
        return int(text)
    except ValueError:
        print("parse failed, looking up default")
        defaults = {"x": 1}
        return defaults[text]

print(parse("12"))
print(parse("x"))
results = []
for item in ["3", "4"]:
    results.append(parse(item))
print(results)
parse("missing")
