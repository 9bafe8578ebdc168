"""Interface language: Qt translators, right-to-left layout, the stored choice.

The interface language is the only preference kept outside the vault (the
unlock screen must speak it before the vault is open). It is a two-letter
code in a small plain file in the home folder; nothing else goes there.
Installing a translator makes Qt send ``LanguageChange`` to every widget,
and each widget re-reads its texts (see :class:`napsurvey.gui.widgets.Page`).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from napsurvey.paths import resources_dir

#: Languages written right to left.
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ps", "ur"})
#: Names of the languages, each in itself (not translated on purpose).
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "ar": "العربية", "es": "Español", "pt": "Português"}
_PREF_FILE = "interface-language"
_QM_PREFIX = "napsurvey_"


def translations_dir() -> Path:
    """Folder of the compiled .qm catalogues (and their .ts sources)."""
    return resources_dir() / "translations"


def available_languages() -> list[str]:
    """English plus every language with a compiled catalogue, English first."""
    found = sorted(p.stem[len(_QM_PREFIX):] for p in translations_dir().glob(f"{_QM_PREFIX}*.qm"))
    return ["en", *[code for code in found if code != "en"]]


def read_language(home: Path) -> str | None:
    """The stored interface language, or None."""
    try:
        code = (home / _PREF_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return code if code.isalpha() and 2 <= len(code) <= 3 else None


def write_language(home: Path, code: str) -> None:
    """Store the interface language (atomic write; the file holds two letters)."""
    home.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=home, prefix=".lang-")
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(code)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, home / _PREF_FILE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def default_language() -> str:
    """The system language if we have it, else English."""
    code = QLocale.system().name().split("_")[0]
    return code if code in available_languages() else "en"


class Translations:
    """Owns the installed translators; switch with :meth:`apply`."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "en"

    def apply(self, code: str) -> str:
        """Install the catalogues of ``code`` (falls back to English); return the language used."""
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators = []
        if code not in available_languages():
            code = "en"
        ours = QTranslator(self._app)  # English has one too: its plural forms
        if ours.load(str(translations_dir() / f"{_QM_PREFIX}{code}.qm")):
            self._translators.append(ours)
        if code != "en":
            qt_own = QTranslator(self._app)  # Qt's standard buttons and dialogs
            if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._translators.append(qt_own)
        for translator in self._translators:
            self._app.installTranslator(translator)
        # Qt posts LanguageChange to every widget; deliver them now so the switch is immediate.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language = code
        QLocale.setDefault(QLocale(code))
        if isinstance(self._app, QApplication):
            direction = Qt.LayoutDirection.RightToLeft if code in RTL_LANGUAGES else Qt.LayoutDirection.LeftToRight
            self._app.setLayoutDirection(direction)
        return code
