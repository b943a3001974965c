# Exception raised three calls deep
def parse(text):
    return int(text)

def load(values):
    return [parse(v) for v in values]

def main():
    data = load(["1", "2", "three"])
    print(data)

main()
