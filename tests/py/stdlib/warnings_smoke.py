import warnings, sys
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn_explicit("explicit", UserWarning, "f.py", 3)
    print([(x.category.__name__, str(x.message), x.lineno if x.filename == "f.py" else "-") for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("RuntimeWarning", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("always", message="keep")
    warnings.filterwarnings("ignore", message="drop")
    warnings.warn("keep this"); warnings.warn("drop this"); print([str(x.message) for x in w])
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line"))
def show(message, category, filename, lineno, file=None, line=None):
    print("shown:", message, category.__name__)
with warnings.catch_warnings():
    warnings.simplefilter("always"); warnings.showwarning = show; warnings.warn("custom")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    def old(): warnings.warn("old api", DeprecationWarning, stacklevel=2)
    old(); print(w[0].filename.endswith("warnings_smoke.py"), w[0].lineno)
