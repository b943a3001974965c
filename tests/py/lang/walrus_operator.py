# Assignment expressions (:=)
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"list has {n} elements")
values = iter([5, 4, 0, 3])
while (v := next(values)) != 0:
    print("value", v)
print("stopped at", v)
print([y for x in data if (y := x * 2) > 6])
print(y)
totals = [total := 0] + [total := total + x for x in data]
print(totals, total)
def f(x):
    return x * 10
print([r for x in range(5) if (r := f(x)) % 20 == 0])
print((a := 5) + a, a)
print(max(b := [1, 7, 3]), b)
chunks = []
s = "abcdefgh"
while chunk := s[:3]:
    chunks.append(chunk)
    s = s[3:]
print(chunks)
def scope():
    [inner := i for i in range(3)]
    return inner
print(scope())
m = {"key": 10}
if (val := m.get("key")) is not None:
    print("got", val)
if (missing := m.get("nope")) is None:
    print("missing is", missing)
print(any((hit := x) > 8 for x in data), hit)
print(all((miss := x) < 5 for x in data), miss)
fn = lambda: (z := 99)
print(fn())
print(f"{(w := 4) * 2} {w}")
def nested_func():
    cnt = 0
    def bump():
        nonlocal cnt
        return [cnt := cnt + 1 for _ in range(3)]
    res = bump()
    return res, cnt
print(nested_func())
