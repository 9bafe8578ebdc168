"""Start the desktop app: ``napsurvey`` or ``napsurvey gui``.

Order matters: the process is hardened (no core dumps) before any secret can
exist; Qt gets neutral organisation/application names so nothing it writes
or shows names the purpose of the app; then the window opens on the set-up
wizard (no vault yet) or the unlock screen.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from napsurvey.gui.file_dialogs import wipe_qt_dialog_history
from napsurvey.gui.i18n import Translations, default_language, read_language
from napsurvey.gui.platform_check import quiet_qt_start
from napsurvey.gui.process import harden_process
from napsurvey.gui.style import apply_style
from napsurvey.gui.window import MainWindow
from napsurvey.paths import home_dir, resources_dir
from napsurvey.settings import DEFAULT_NEUTRAL_TITLE

#: Neutral names Qt uses for its own files and the window class.
NEUTRAL_ORG = "notes"
NEUTRAL_APP = "notes"
#: Set by the start-up benchmark: print the time to the unlock screen and quit.
BENCH_ENV = "NAPSURVEY_BENCH_EXIT_AT_UNLOCK"
WINDOW_SIZE = (1366, 768)


def app_icon() -> QIcon:
    """The neutral notebook icon."""
    return QIcon(str(resources_dir() / "icons" / "app.svg"))


def configure_application() -> None:
    """Neutral names and attributes; call before the QApplication exists."""
    QCoreApplication.setOrganizationName(NEUTRAL_ORG)
    QCoreApplication.setOrganizationDomain("")
    QCoreApplication.setApplicationName(NEUTRAL_APP)
    QGuiApplication.setDesktopFileName("")
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)


def build_window(app: QApplication, home: Path, services: ModuleType | None = None) -> MainWindow:
    """Style, translations and the main window for ``home`` (the tests use this too)."""
    if services is None:
        from napsurvey.services import session as default_services  # noqa: PLC0415

        services = default_services

    apply_style(app)
    translations = Translations(app)
    translations.apply(read_language(home) or default_language())
    window = MainWindow(home, services, translations)
    window.set_icon(app_icon())
    window.resize(*WINDOW_SIZE)
    return window


def _bench_exit(app: QApplication, window: MainWindow, started: float) -> None:
    # First turn of the event loop: the window is shown. Report and quit.
    state = "unlock_screen_shown" if window.unlock_page is not None else "other_screen_shown"
    print(f"{state} {time.perf_counter() - started:.4f}", flush=True)
    window.close()
    app.quit()


def run(home: str | None) -> int:
    """Run the desktop app on the vault in ``home``; returns the exit code."""
    started = time.perf_counter()
    harden_process()
    configure_application()
    with quiet_qt_start():  # a platform Qt cannot open is said in one line, not a SIGABRT
        app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(DEFAULT_NEUTRAL_TITLE)
    app.setWindowIcon(app_icon())
    app.setQuitOnLastWindowClosed(True)
    wipe_qt_dialog_history()
    window = build_window(app, home_dir(home))
    window.show()
    if os.environ.get(BENCH_ENV) == "1":
        QTimer.singleShot(0, lambda: _bench_exit(app, window, started))
    code = app.exec()
    wipe_qt_dialog_history()
    return int(code)
