# __class_getitem__ (implicit classmethod), builtin generic aliases, and their reprs.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[1, 2], Box[()])
class Sub(Box):
    pass
print(Sub[str])
print(list[int], dict[str, list[int]], tuple[int, ...], type[object], set[frozenset[int]])
alias = list[int]
print(alias.__origin__, alias.__args__, alias(), alias("ab"), type(alias).__name__, alias == list[int], alias != list[str])
print(list[int] | None, int | str, (int | str).__args__, isinstance(1, int | str), issubclass(bool, int | None))
class G:
    def __getitem__(self, item):
        return "instance getitem"
    def __class_getitem__(cls, item):
        return "class getitem"
print(G[0], G()[0])
try:
    int[str]
except TypeError as e:
    print("TypeError", e)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError", e)
print(dict[str, int].__parameters__, repr(tuple[()]), repr(tuple[int]), list[int].__class__.__name__)
class NotClassmethod:
    @staticmethod
    def __class_getitem__(item):
        return ("static", item)
print(NotClassmethod[5])
