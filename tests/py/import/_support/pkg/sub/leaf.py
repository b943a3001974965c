LEAF = "leaf of " + __name__
def where():
    return __spec__.parent
