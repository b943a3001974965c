# NameError for a misspelled local: 3.11 suggests the close name.
def summarize(numbers):
    total = sum(numbers)
    count = len(numbers)
    average = total / count
    return f"{totl} / {count} = {average}"

def main():
    print("start")
    print(summarize([1, 2, 3]))

main()
