# AttributeError on a misspelled attribute: 3.11 adds a "Did you mean" hint to the traceback.
class Config:
    def __init__(self):
        self.timeout = 30
        self.retries = 3

    def describe(self):
        return f"timeout={self.timeout} retries={self.retries}"

c = Config()
print(c.describe())
try:
    c.timout
except AttributeError as e:
    print("caught:", e)
print(c.retries)
print(c.retrys)
