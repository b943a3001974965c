# An exception class with a custom __str__ and extra attributes; the traceback uses __str__.
class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason

    def __str__(self):
        return f"{self.code} {self.reason}"

def fetch(path):
    routes = {"/": "home", "/about": "about"}
    if path not in routes:
        raise HTTPError(404, f"Not Found: {path}")
    return routes[path]

print(fetch("/"))
try:
    fetch("/x")
except HTTPError as e:
    print("handled", e.code, e, e.args)
fetch("/missing")
