# An exception inside a property getter, reached through an f-string inside a method.
class Temperature:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    @property
    def celsius(self):
        if self.kelvin < 0:
            raise ValueError(f"impossible temperature {self.kelvin} K")
        return self.kelvin - 273.15

    def describe(self):
        return f"{self.celsius:.1f} C"

for k in [0, 273.15, 300]:
    print(Temperature(k).describe())
print(Temperature(-1).describe())
