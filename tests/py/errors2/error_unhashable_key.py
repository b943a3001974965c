# TypeError: unhashable type when a list is used as a dict key inside a helper.
def count_by(items, key):
    counts = {}
    for item in items:
        k = key(item)
        counts[k] = counts.get(k, 0) + 1
    return counts

words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(count_by(words, lambda w: w[0]))
print(count_by(words, len))
print(count_by(words, lambda w: sorted(set(w))[:2]))
