# A TypeError deep in a chain of method calls on user classes.
class Parser:
    def __init__(self, text):
        self.text = text

    def tokens(self):
        return self.text.split()

    def numbers(self):
        return [self.convert(t) for t in self.tokens()]

    def convert(self, token):
        return int(token) if token.isdigit() else token

class Calculator:
    def __init__(self, parser):
        self.parser = parser

    def total(self):
        return sum(self.parser.numbers())

print(Calculator(Parser("1 2 3")).total())
print(Calculator(Parser("4 five 6")).total())
