# Exception raised inside nested method calls
class Inventory:
    def __init__(self):
        self.stock = {"widget": 3}
    def take(self, name, n):
        return self._remove(name, n)
    def _remove(self, name, n):
        self.stock[name] -= n
        return self.stock[name]
inv = Inventory()
print(inv.take("widget", 1))
inv.take("gadget", 1)
