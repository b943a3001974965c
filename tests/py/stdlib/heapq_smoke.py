import heapq
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
a = [9, 4, 7, 1]; heapq.heapify(a); print(a)
print(heapq.heappushpop(a, 0), heapq.heapreplace(a, 10), a)
print(heapq.nlargest(3, range(10)), heapq.nsmallest(2, [5, 2, 8, 1]), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
