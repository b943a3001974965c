# Exception with an explicit __cause__ (raise ... from ...)
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as exc:
        raise ConfigError("port is not configured") from exc

read_port({"host": "localhost"})
