"""Load the UI translations: bokmål, nynorsk or English; .qm compiled at start.

The ``.ts`` sources live in ``gui/i18n/``. A ``.qm`` shipped next to them is used when it is
current; otherwise the ``.ts`` is compiled with the ``lrelease`` from the PySide6 wheel into
the user cache folder, so a fresh checkout never runs without its translations.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from content import i18n as content_i18n

TS_DIR = Path(__file__).with_name("i18n")
DEFAULT_LANGUAGE = "nb"
LANGUAGES: dict[str, str] = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
SETTINGS_KEY = "ui/language"

_installed: list[QTranslator] = []
_current: dict[str, object] = {"lang": DEFAULT_LANGUAGE, "app": None}


def ts_path(lang: str) -> Path:
    """Return the translation source of a language."""
    return TS_DIR / f"kursverk_{lang}.ts"


def cache_dir() -> Path:
    """Return the folder compiled translations go to."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("Kursverk", appauthor=False)) / "i18n"


def find_lrelease() -> str | None:
    """Return the lrelease program from the PySide6 wheel (or the venv), if any."""
    import PySide6

    pkg = Path(PySide6.__file__).parent
    exe = ".exe" if os.name == "nt" else ""
    candidates = [pkg / f"lrelease{exe}", Path(sys.executable).parent / f"pyside6-lrelease{exe}"]
    for cand in candidates:
        if cand.exists():
            return str(cand)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_path(lang: str, target_dir: Path | None = None) -> Path | None:
    """Return a current .qm for a language, compiling the .ts when missing or outdated."""
    src = ts_path(lang)
    if not src.exists():
        return None
    shipped = src.with_suffix(".qm")
    if shipped.exists() and shipped.stat().st_mtime >= src.stat().st_mtime:
        return shipped
    # Named by the source's content: a .qm compiled from another version (another checkout,
    # an older install) is never taken for this one's, whatever the files' times.
    digest = hashlib.sha256(src.read_bytes()).hexdigest()[:16]
    qm = (target_dir or cache_dir()) / f"kursverk_{lang}-{digest}.qm"
    if qm.exists():
        return qm
    return _compile(src, qm)


def _compile(src: Path, qm: Path) -> Path | None:
    tool = find_lrelease()
    if tool is None:
        return None
    qm.parent.mkdir(parents=True, exist_ok=True)
    part = qm.with_suffix(".qm.part")
    try:
        subprocess.run(
            [tool, "-silent", str(src), "-qm", str(part)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        part.replace(qm)
    except (OSError, subprocess.SubprocessError):
        return None
    return qm


def current_language() -> str:
    """Return the language now installed."""
    return str(_current["lang"])


def saved_language(settings: QSettings) -> str:
    """Return the UI language chosen in settings; on first start, the system's language."""
    lang = str(settings.value(SETTINGS_KEY, "") or "")
    if not lang:
        return system_language()
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def system_language(locale: QLocale | None = None) -> str:
    """Return the UI language for a system locale: nn_NO → nynorsk, en_* → English, else bokmål."""
    name = (locale or QLocale.system()).name()  # e.g. «nn_NO», «nb_NO», «en_GB»
    code = name.split("_")[0].lower()
    if code in ("nn", "en"):
        return code
    return DEFAULT_LANGUAGE


def install(lang: str) -> bool:
    """Install the translators of a language (widgets get a LanguageChange event)."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if _current.get("app") is app and _current["lang"] == lang:
        content_i18n.set_language(lang)  # content/ may have been set apart meanwhile
        return True  # already installed: no LanguageChange storm
    _current["app"] = app  # type: ignore[assignment]
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    _current["lang"] = lang
    content_i18n.set_language(lang)  # validation reports and errors from content/
    ok = True
    qm = compiled_path(lang)
    if qm is not None:
        tr = QTranslator(app)
        if tr.load(str(qm)):
            _installed.append(tr)
    elif lang != "en":
        ok = False
    qt_tr = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and qt_tr.load(QLocale(lang), "qtbase", "_", qt_dir):
        _installed.append(qt_tr)
    for tr in _installed:
        app.installTranslator(tr)
    if lang == "en" and not _installed:
        # Nothing to install: still tell every widget to redraw its texts.
        QCoreApplication.postEvent(app, _language_change_event())
    return ok


def _language_change_event() -> QEvent:
    return QEvent(QEvent.Type.LanguageChange)


# -- messages that come from content/ in English ----------------------------------------

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"^required$"), "Required"),
    (re.compile(r"^must be a number$"), "Must be a number"),
    (re.compile(r"^must be at least (.+)$"), "Must be at least %1"),
    (re.compile(r"^must be at most (.+)$"), "Must be at most %1"),
    (re.compile(r"^is longer than (\d+) characters$"), "Longer than %1 characters"),
    (
        re.compile(r"^an entry is longer than (\d+) characters$"),
        "An entry is longer than %1 characters",
    ),
    (re.compile(r"^must be one of (.+)$"), "Must be one of %1"),
    (
        re.compile(r"^must be an http, https or mailto address$"),
        "Must be an http, https or mailto address",
    ),
    (re.compile(r"^must be a list of texts$"), "Must be a list of texts"),
    (re.compile(r"^must be text$"), "Must be text"),
]


def validation_text(message: str) -> str:
    """Translate a validation message from content/ into the UI language."""
    for pattern, source in _PATTERNS:
        m = pattern.match(message)
        if m:
            out = QCoreApplication.translate("validation", source)
            return out.replace("%1", m.group(1)) if m.groups() else out
    # content/ gives its messages in the UI language already (content.i18n); they stand
    # beside a field, so they start with a capital letter.
    return message[:1].upper() + message[1:]


def _mark_validation_strings() -> None:  # pragma: no cover - only read by lupdate
    QCoreApplication.translate("validation", "Required")
    QCoreApplication.translate("validation", "Must be a number")
    QCoreApplication.translate("validation", "Must be at least %1")
    QCoreApplication.translate("validation", "Must be at most %1")
    QCoreApplication.translate("validation", "Longer than %1 characters")
    QCoreApplication.translate("validation", "An entry is longer than %1 characters")
    QCoreApplication.translate("validation", "Must be one of %1")
    QCoreApplication.translate("validation", "Must be an http, https or mailto address")
    QCoreApplication.translate("validation", "Must be a list of texts")
    QCoreApplication.translate("validation", "Must be text")


def counted(n: int, one: str, many: str) -> str:
    """Return «1 blokk» or «3 blokker»: the translated singular, or the plural with %1 filled."""
    return one if n == 1 else many.replace("%1", str(n))


def command_label(label: str) -> str:
    """Translate a command label («Move block» → «Flytt blokk»), also «Undo X»."""
    if label.startswith("Undo "):
        return QCoreApplication.translate("commands", "Undo %1").replace(
            "%1", command_label(label[5:])
        )
    return QCoreApplication.translate("commands", label)


STATUS_SOURCE = {
    "draft": "Draft",
    "in_review": "In review",
    "approved": "Approved",
    "retired": "Retired",
}


def status_label(status: str) -> str:
    """Return a status in the UI language."""
    return QCoreApplication.translate("status", STATUS_SOURCE.get(status, status))


def _mark_status_strings() -> None:  # pragma: no cover - only read by lupdate
    QCoreApplication.translate("status", "Draft")
    QCoreApplication.translate("status", "In review")
    QCoreApplication.translate("status", "Approved")
    QCoreApplication.translate("status", "Retired")
    QCoreApplication.translate("commands", "Undo %1")


def kind_label(kind: str) -> str:
    """Return an item kind's name in the UI language."""
    from content.items.kinds import KINDS

    spec = KINDS.get(kind)
    return spec.label(current_language()) if spec else kind


def audience_label(code: str) -> str:
    """Return an audience's name in the UI language."""
    from content.items.kinds import AUDIENCES

    names = AUDIENCES.get(code)
    return names.get(current_language(), names.get("nb", code)) if names else code
