def f():
    try:
        pass
    finally:
        def g():
            continue
