class C:
    yield from []
