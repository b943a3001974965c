# Raising and catching exceptions in a loop, try/finally.


class AppError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code


class SubError(AppError):
    pass


def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    if i % 5 == 0:
        raise SubError(i)
    if i % 7 == 0:
        raise KeyError(i)
    return i


def nested(i):
    try:
        try:
            return risky(i)
        finally:
            pass
    except KeyError:
        raise AppError(-i)


def run(n):
    caught_value = 0
    caught_app = 0
    caught_sub = 0
    finals = 0
    total = 0
    for i in range(n):
        try:
            total += nested(i)
        except ValueError as e:
            caught_value += 1
            total += e.args[0] % 10
        except SubError as e:
            caught_sub += 1
            total += e.code % 10
        except AppError as e:
            caught_app += 1
            total -= e.code % 10
        finally:
            finals += 1
    return caught_value, caught_app, caught_sub, finals, total


def lookups(n):
    d = {i: i for i in range(0, 100, 3)}
    lst = list(range(10))
    misses = 0
    for i in range(n):
        try:
            d[i % 100]
        except KeyError:
            misses += 1
        try:
            lst[i % 15]
        except IndexError:
            misses += 1
        try:
            int("x" if i % 4 == 0 else "12")
        except ValueError:
            misses += 1
        try:
            if i % 6 == 0:
                1 // 0
        except ZeroDivisionError:
            misses += 1
    return misses


def chained(n):
    count = 0
    for i in range(n):
        try:
            try:
                raise TypeError("inner")
            except TypeError as e:
                raise RuntimeError("outer") from e
        except RuntimeError as e:
            if isinstance(e.__cause__, TypeError):
                count += 1
    return count


def main():
    print(run(500000))
    print(lookups(300000))
    print(chained(200000))


main()
