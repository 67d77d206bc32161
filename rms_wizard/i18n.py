"""Languages: choosing one, loading the catalogues, translating core messages.

One catalogue serves the GUI and the CLI: ``translations/rms_wizard_<lang>.qm`` (compiled from the
``.ts`` files by ``make setup``) plus Qt's own ``qtbase_<lang>`` for the stock buttons. QtCore only.
"""

from __future__ import annotations

import json
import locale
import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .core.common.messages import Message, fill_placeholders

LANGUAGES = ("en", "nl")
_installed: list[QTranslator] = []
#: The translator of :mod:`rms_wizard.qt_gaps` (not a catalogue: not counted in ``_installed``).
_gaps: list[QTranslator] = []
#: The language of the catalogues installed last (:func:`install_translators`).
_language: list[str] = []


def translations_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "translations"
    return Path(__file__).resolve().parents[1] / "translations"


def settings_path() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("rms-wizard", appauthor=False)) / "settings.json"


def saved_language() -> str | None:
    try:
        value = json.loads(settings_path().read_text(encoding="utf-8")).get("language")
    except (OSError, ValueError, AttributeError):
        return None
    return value if value in LANGUAGES else None


def save_language(language: str) -> None:
    """Remember the admin's choice for the next start (written atomically)."""
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                data = {}
        except (OSError, ValueError):
            data = {}
        data["language"] = language
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass  # not being able to remember a preference must never stop the wizard


def system_language() -> str:
    name = QLocale.system().name() or ""
    if not name or name == "C":
        name = locale.getlocale()[0] or os.environ.get("LANG", "")
    return "nl" if name.lower().startswith("nl") else "en"


def choose_language(explicit: str | None = None, *, use_saved: bool = True) -> str:
    """``--lang`` first, then ``RMS_WIZARD_LANG``, then the remembered choice, then the locale."""
    for candidate in (
        explicit,
        os.environ.get("RMS_WIZARD_LANG"),
        saved_language() if use_saved else None,
    ):
        if candidate in LANGUAGES:
            return candidate
    return system_language()


def install_translators(language: str) -> None:
    """Replace the installed catalogues with ``language``'s (app + qtbase). Needs an app object."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([sys.argv[0] if sys.argv else "rms-wizard"])
    for translator in [*_installed, *_gaps]:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _gaps.clear()
    _language[:] = [language]
    if language != "en":  # asked last: only for what neither catalogue below translates
        from .qt_gaps import QtCatalogueGaps

        gaps = QtCatalogueGaps()
        QCoreApplication.installTranslator(gaps)
        _gaps.append(gaps)
    own = QTranslator()
    if own.load(f"rms_wizard_{language}", str(translations_dir())):
        QCoreApplication.installTranslator(own)
        _installed.append(own)
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)


def current_language() -> str:
    """The language this process speaks: the one installed last; chosen now if none was yet."""
    return _language[0] if _language else choose_language()


def follow_answer_file(recorded: str | None, explicit: str | None) -> str:
    """An answer file's language, unless ``--lang`` chose one: installed if it is not yet, and
    the language in effect returned (the wizard's and ``replay``'s one rule)."""
    if recorded and not explicit and recorded != current_language():
        install_translators(recorded)
    return current_language()


def current_catalogues() -> int:
    return len(_installed)


def _translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


def tr_message(message: Message) -> str:
    """A core message in the current language."""
    return message.render(_translate)


def translated(context: str, text: str, *args: object, n: int | None = None) -> str:
    """Translate a marked string outside a widget (CLI, reports), filling ``%1``.. and ``%n``."""
    translated = QCoreApplication.translate(context, text, None, -1 if n is None else n)
    return fill_placeholders(translated, tuple(str(a) for a in args), n)
