for i in range(3):
    class C:
        break
