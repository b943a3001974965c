print("pkg.helper runs")
def double(x):
    return 2 * x
