# raise ... from ... prints the cause first with "The above exception was the direct cause".
class ConfigError(Exception):
    pass

def load(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError(f"missing setting {key!r}") from e

settings = {"host": "localhost", "port": 8080}
print(load(settings, "host"))
print(load(settings, "port"))
load(settings, "user")
