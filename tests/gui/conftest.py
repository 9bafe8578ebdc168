"""Fixtures for the desktop app tests: isolated Qt settings, fast KDF, a window on a temp home."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from gui_support import PASSPHRASE
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

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
