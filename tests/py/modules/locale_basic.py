# _locale in the C and C.UTF-8 locales: setlocale per category and for LC_ALL (single and
# composite names), localeconv, nl_langinfo, getencoding, strcoll/strxfrm, gettext.
import _locale

def t(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except BaseException as e:
        return "%s: %s" % (type(e).__name__, e)

print(sorted(n for n in dir(_locale) if not n.startswith("__")))
print({n: getattr(_locale, n) for n in dir(_locale) if n.isupper() or n.startswith("LC_") or n.startswith("_DATE")})
print(_locale.Error, _locale.Error.__mro__, _locale.Error.__module__)

print(t(_locale.setlocale, _locale.LC_ALL, "C"))
print(t(_locale.setlocale, _locale.LC_ALL))
print(t(_locale.setlocale, _locale.LC_CTYPE))
print(t(_locale.getencoding), t(_locale.nl_langinfo, _locale.CODESET))
print(t(_locale.setlocale, _locale.LC_CTYPE, "C.UTF-8"))
print(t(_locale.setlocale, _locale.LC_ALL))
print(t(_locale.getencoding), t(_locale.nl_langinfo, _locale.CODESET))
print(t(_locale.setlocale, _locale.LC_TIME, "C.utf8"))
print(t(_locale.setlocale, _locale.LC_ALL))
print(t(_locale.setlocale, _locale.LC_ALL, "LC_CTYPE=C;LC_TIME=C.UTF-8"))
print(t(_locale.setlocale, _locale.LC_ALL, "LC_CTYPE=C.UTF-8;LC_NUMERIC=C;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;"
        "LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C"))
print(t(_locale.setlocale, _locale.LC_CTYPE), t(_locale.setlocale, _locale.LC_TIME))
for name in ("POSIX", "C.UTF8", "C.utf-8", "C.UTF-8@euro", "c", "posix", "POSIX.UTF-8", "C.ascii", "C.UTF-16",
             "en_US", "fr_FR.UTF-8", "C\0"):
    print(repr(name), t(_locale.setlocale, _locale.LC_ALL, name), t(_locale.setlocale, _locale.LC_ALL))
print(t(_locale.setlocale, _locale.LC_ALL, "C"))
print(t(_locale.setlocale, 7, "C.UTF-8"), t(_locale.setlocale, 12), t(_locale.setlocale, _locale.LC_ALL))
print(t(_locale.setlocale, _locale.LC_ALL, "C"))
for cat in (13, 99, -1):
    print(cat, t(_locale.setlocale, cat), t(_locale.setlocale, cat, "C"))
print(t(_locale.setlocale, "x"), t(_locale.setlocale, 6, 5), t(_locale.setlocale), t(_locale.setlocale, 6, "C", 1))
try:
    _locale.setlocale(_locale.LC_ALL, "xx_YY")
except _locale.Error as e:
    print("caught", type(e).__name__, e.args)

print(_locale.localeconv())
print(t(_locale.localeconv, 1))
for n in ["CODESET", "D_T_FMT", "D_FMT", "T_FMT", "T_FMT_AMPM", "AM_STR", "PM_STR", "RADIXCHAR", "THOUSEP",
          "YESEXPR", "NOEXPR", "CRNCYSTR", "ERA", "ERA_D_FMT", "ALT_DIGITS", "ERA_D_T_FMT", "ERA_T_FMT", "_DATE_FMT"]:
    print(n, t(_locale.nl_langinfo, getattr(_locale, n)))
print([_locale.nl_langinfo(getattr(_locale, "DAY_%d" % i)) for i in range(1, 8)])
print([_locale.nl_langinfo(getattr(_locale, "ABDAY_%d" % i)) for i in range(1, 8)])
print([_locale.nl_langinfo(getattr(_locale, "MON_%d" % i)) for i in range(1, 13)])
print([_locale.nl_langinfo(getattr(_locale, "ABMON_%d" % i)) for i in range(1, 13)])
print(t(_locale.nl_langinfo, 12345), t(_locale.nl_langinfo, "x"), t(_locale.nl_langinfo, 2**40))

for a, b in (("a", "b"), ("b", "a"), ("a", "a"), ("é", "z"), ("abc", "ab"), ("", "a"), ("\uffff", "\U00010000"),
             ("Z", "a"), ("a", 1), (1, "a"), ("a\0b", "a")):
    print(repr(a), repr(b), t(_locale.strcoll, a, b))
for s in ("abc", "é\U0001f600", "", 5, "a\0b"):
    print(repr(s), t(_locale.strxfrm, s))
print(sorted(["b", "A", "a", "é", "B"], key=_locale.strxfrm))

print(t(_locale.textdomain, None), t(_locale.textdomain, "foo"), t(_locale.textdomain, None), t(_locale.textdomain, ""))
print(t(_locale.bindtextdomain, "foo", None), t(_locale.bindtextdomain, "foo", "/tmp/x"), t(_locale.bindtextdomain, "foo", None))
print(t(_locale.bindtextdomain, "", None), t(_locale.bindtextdomain, 5, None))
print(t(_locale.bind_textdomain_codeset, "foo", None), t(_locale.bind_textdomain_codeset, "foo", "UTF-8"),
      t(_locale.bind_textdomain_codeset, "foo", None))
print(t(_locale.gettext, "hello"), t(_locale.dgettext, None, "hello"), t(_locale.dgettext, "d", "hi"),
      t(_locale.dcgettext, "x", "hello", 5), t(_locale.gettext, 5), t(_locale.gettext, "a\0"))
