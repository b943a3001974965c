# __text_signature__ of the native functions and types of itertools, _collections,
# _heapq, _bisect, _json and _csv (what inspect.signature reads), and inspect's view.
import _bisect, _heapq, itertools, _collections, _csv, _json, inspect

funcs = [_bisect.bisect_left, _bisect.bisect_right, _bisect.insort_left, _bisect.insort_right,
         _heapq.heappush, _heapq.heappop, _heapq.heapify, _heapq.heapreplace, _heapq.heappushpop,
         _heapq._heappop_max, _heapq._heapify_max, _heapq._heapreplace_max,
         itertools.tee, _collections._count_elements, _csv.get_dialect, _csv.unregister_dialect,
         _csv.field_size_limit, _csv.list_dialects, _csv.reader, _csv.writer, _csv.register_dialect,
         itertools.chain.from_iterable, _json.scanstring, _json.encode_basestring, _json.encode_basestring_ascii]
for f in funcs:
    print(f.__name__, f.__text_signature__, f.__doc__ is not None)
types = [itertools.count, itertools.cycle, itertools.repeat, itertools.accumulate, itertools.chain,
         itertools.compress, itertools.dropwhile, itertools.takewhile, itertools.filterfalse, itertools.groupby,
         itertools.islice, itertools.starmap, itertools.zip_longest, itertools.pairwise, itertools.product,
         itertools.permutations, itertools.combinations, itertools.combinations_with_replacement,
         itertools._tee, itertools._tee_dataobject, _collections.deque, _collections.defaultdict]
for t in types:
    print(t.__name__, t.__text_signature__, t.__doc__ is not None)
print(inspect.signature(_bisect.insort_left), inspect.signature(_heapq.heappushpop), inspect.signature(itertools.accumulate))
print(inspect.signature(itertools.combinations), inspect.signature(_csv.get_dialect))
