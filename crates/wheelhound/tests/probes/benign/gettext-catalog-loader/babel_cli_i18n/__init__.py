"""Translated help strings for a click-based CLI."""
import gettext
import locale
import os

_LOCALEDIR = os.path.join(os.path.dirname(__file__), "locale")
DOMAIN = "clickcli"


def _language():
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        val = os.environ.get(var)
        if val:
            return val.split(":")[0].split(".")[0]
    return (locale.getlocale()[0] or "en").split("_")[0]


def install(lang=None):
    t = gettext.translation(DOMAIN, _LOCALEDIR, languages=[lang or _language()], fallback=True)
    info = t.info() if hasattr(t, "info") else {}
    t.install(names=["ngettext"])
    return t, info.get("plural-forms", "nplurals=2; plural=(n != 1);")


translation, plural_forms = install()
_ = translation.gettext
ngettext = translation.ngettext


def files_removed(n):
    return ngettext("Removed %d file", "Removed %d files", n) % n
