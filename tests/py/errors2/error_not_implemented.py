# NotImplementedError from an "abstract" method called through a subclass that forgot to override it.
class Storage:
    def save(self, key, value):
        raise NotImplementedError(f"{type(self).__name__}.save")

    def save_all(self, items):
        for k, v in items.items():
            self.save(k, v)

class Memory(Storage):
    def __init__(self):
        self.data = {}

    def save(self, key, value):
        self.data[key] = value

class Disk(Storage):
    pass

m = Memory()
m.save_all({"a": 1, "b": 2})
print(m.data)
Disk().save_all({"c": 3})
