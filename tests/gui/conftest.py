"""Fixtures for the desktop app tests: isolated Qt settings, fast KDF, a window on a temp home."""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from gui_support import PASSPHRASE
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from napsurvey.gui.app import build_window
from napsurvey.gui.window import MainWindow


@pytest.fixture(scope="session")
def qt_settings_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where QSettings (and Qt's QtProject.conf) write during the tests."""
    folder = tmp_path_factory.mktemp("qt-settings")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, qt_settings_dir: Path) -> None:
    monkeypatch.delenv("NAPSURVEY_HOME", raising=False)


#: A modal dialog still open this long into a test waits for an answer no one will give.
STUCK_MODAL_SECONDS = 300


@pytest.fixture(autouse=True)
def _no_stuck_modal(qapp: QApplication) -> Iterator[None]:
    """Close a modal dialog left waiting (the run would hang there) and fail the test; close leftovers.

    A test that answers a dialog from a timer and fails first leaves the dialog's own event
    loop running for ever; the watchdog's timer runs inside that loop too. Dialogs a failed
    test left open are closed after it, so the next test starts with none.
    """
    started = time.monotonic()
    stuck: list[str] = []

    def check() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None and time.monotonic() - started > STUCK_MODAL_SECONDS:
            stuck.append(f"{type(modal).__name__} {modal.windowTitle()!r}")
            modal.close()

    watchdog = QTimer()
    watchdog.setInterval(1000)
    watchdog.timeout.connect(check)
    watchdog.start()
    yield
    watchdog.stop()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.close()
    if stuck:
        pytest.fail(f"a modal dialog waited for an answer for {STUCK_MODAL_SECONDS} s: {', '.join(stuck)}")


@pytest.fixture
def services() -> ModuleType:
    """The services facade the window calls."""
    return importlib.import_module("napsurvey.services.session")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def make_window(qtbot, qapp: QApplication, services: ModuleType) -> Iterator[Callable[[Path], MainWindow]]:  # type: ignore[no-untyped-def]
    windows: list[MainWindow] = []

    def factory(home: Path) -> MainWindow:
        window = build_window(qapp, home, services)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.translations.apply("en")
        window.close()


@pytest.fixture
def monitor_vault(home: Path, services: ModuleType) -> Path:
    services.create_vault(home, "monitor", PASSPHRASE)
    return home


@pytest.fixture
def coordinator_vault(home: Path, services: ModuleType) -> Path:
    services.create_vault(home, "coordinator", PASSPHRASE)
    return home
