# Combinatorial search: n-queens by backtracking, plus permutation generation.


def queens(n):
    count = 0
    cols = [False] * n
    d1 = [False] * (2 * n)
    d2 = [False] * (2 * n)

    def place(r):
        nonlocal count
        if r == n:
            count += 1
            return
        for c in range(n):
            if not cols[c] and not d1[r + c] and not d2[r - c + n]:
                cols[c] = d1[r + c] = d2[r - c + n] = True
                place(r + 1)
                cols[c] = d1[r + c] = d2[r - c + n] = False

    place(0)
    return count


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def perm_queens(n):
    # Count permutations of range(n) that are valid queen placements.
    count = 0
    for p in permutations(list(range(n))):
        if len(set(p[i] + i for i in range(n))) == n and len(set(p[i] - i for i in range(n))) == n:
            count += 1
    return count


def main():
    print([queens(n) for n in range(4, 11)])
    print(queens(12))
    print(perm_queens(8))


main()
