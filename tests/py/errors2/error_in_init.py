# An exception raised inside __init__ shows the constructor call and the __init__ frame.
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        if balance < 0:
            raise ValueError(f"negative opening balance: {balance}")
        self.balance = balance

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"

accounts = [Account("ann", 10), Account("bob", 0)]
print(accounts)
def open_many(specs):
    return [Account(o, b) for o, b in specs]
print(open_many([("cy", 5)]))
open_many([("dee", 1), ("eve", -5)])
