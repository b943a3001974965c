# PEP 678 notes (3.11): add_note() text is printed after the exception line.
def parse_line(n, line):
    try:
        key, value = line.split("=")
    except ValueError as e:
        e.add_note(f"while parsing line {n}: {line!r}")
        e.add_note("expected KEY=VALUE")
        raise
    return key.strip(), value.strip()

lines = ["a = 1", "b=2", "c: 3"]
pairs = []
for n, line in enumerate(lines, 1):
    pairs.append(parse_line(n, line))
    print(pairs[-1])
