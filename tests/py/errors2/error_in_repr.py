# An exception raised by __repr__ while print() formats a container.
class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        if self.name is None:
            raise AttributeError("item has no name to show")
        return f"Item({self.name})"

items = [Item("a"), Item("b")]
print(items)
items.append(Item(None))
print(len(items))
print(items)
