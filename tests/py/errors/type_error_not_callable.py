# TypeError: calling a non-callable object
config = {"retries": 3}
retries = config["retries"]
print(retries)
retries()
