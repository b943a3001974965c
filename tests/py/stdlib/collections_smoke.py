import collections, collections.abc
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple, ChainMap, UserDict, UserList, UserString
P = namedtuple("P", "x y", defaults=[0])
p = P(1); print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults)
c = Counter("abracadabra"); print(c.most_common(3), c["z"], sorted(c.elements())[:4])
c.update("zz"); c.subtract({"a": 2}); print(sorted(c.items()), c.total())
print(Counter(a=3) + Counter(a=1, b=2), Counter(a=3) - Counter(a=1, b=2), Counter(a=1) | Counter(a=2), Counter(a=3) & Counter(a=2))
d = defaultdict(list); d["k"].append(1); print(d, d.default_factory)
od = OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(list(od), od.popitem(last=False))
q = deque([1, 2, 3], maxlen=4); q.appendleft(0); q.append(4); q.rotate(1); print(q, q.maxlen)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm.new_child({"c": 4}))
class UD(UserDict): pass
u = UD(a=1); u["b"] = 2; print(u, dict(u))
ul = UserList([3, 1, 2]); ul.sort(); print(ul, ul + [4])
us = UserString("abc"); print(us.upper(), us[1:], len(us))
print(isinstance([], collections.abc.Sequence), isinstance({}, collections.abc.Mapping))
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
