# An exception from __eq__ raised while list.index()/`in` compares items.
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            raise TypeError(f"cannot compare Version with {type(other).__name__}")
        return self.parts == other.parts

    __hash__ = None

releases = [Version("1.0"), Version("1.2"), Version("2.0")]
print(Version("1.2") in releases)
print(releases.index(Version("2.0")))
mixed = releases + ["3.0"]
print(mixed.index("3.0"))
