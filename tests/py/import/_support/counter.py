count = globals().get("count", 0) + 1
