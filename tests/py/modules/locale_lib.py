# Lib/locale.py over _locale in the C locales.
import locale
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.localeconv()["decimal_point"])
print(locale.format_string("%.2f|%d", (1234.5, 1234567), grouping=True), locale.getpreferredencoding(False))
print(locale.currency(1.5) if False else "", locale.str(1.25), locale.atof("1.5"), locale.atoi("42"), locale.delocalize("1.5"))
print(locale.setlocale(locale.LC_ALL, "C.UTF-8"), locale.getlocale(), locale.getencoding(), locale.getpreferredencoding(False))
print(locale.setlocale(locale.LC_NUMERIC, "C"), locale.getlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_ALL))
print(locale.strcoll("a", "b"), locale.strxfrm("abc"), sorted(["b", "a", "B"], key=locale.strxfrm))
print(locale.normalize("C.utf8"), locale.normalize("en_US"), locale.nl_langinfo(locale.CODESET))
try:
    locale.setlocale(locale.LC_ALL, "xx_XX.UTF-8")
except locale.Error as e:
    print("locale.Error", e)
print(locale.setlocale(locale.LC_ALL, "C"))
