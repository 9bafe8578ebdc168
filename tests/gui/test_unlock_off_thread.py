"""The key derivation runs off the GUI thread: the window keeps answering, and quick-hide still wins."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from gui_support import PASSPHRASE
from PySide6.QtCore import Qt, QTimer

from napsurvey.gui.app import build_window
from napsurvey.gui.monitor_home import MonitorHome


class GatedServices:
    """The real services, except that unlock waits for the test to open the gate."""

    def __init__(self, real: Any) -> None:
        self._real = real
        self.gate = threading.Event()
        self.started = threading.Event()
        self.on_gui_thread: bool | None = None
        self.sessions: list[Any] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def unlock(self, home: Path, passphrase: str, *, front_end: str = "GUI") -> Any:
        self.on_gui_thread = threading.current_thread() is threading.main_thread()
        self.started.set()
        if not self.on_gui_thread:  # on the GUI thread this would hang the test
            assert self.gate.wait(30)
        session = self._real.unlock(home, passphrase, front_end=front_end)
        self.sessions.append(session)
        return session


@pytest.fixture
def gated(qtbot, qapp, services, monitor_vault):  # type: ignore[no-untyped-def]
    fake = GatedServices(services)
    window = build_window(qapp, monitor_vault, fake)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield fake, window
    fake.gate.set()
    qtbot.waitUntil(lambda: not fake.started.is_set() or bool(fake.sessions), timeout=20_000)
    for session in fake.sessions:
        session.lock()
    window.close()


def test_the_window_keeps_answering_while_the_passphrase_is_checked(qtbot, gated):
    fake, window = gated
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(fake.started.is_set)
    assert fake.on_gui_thread is False
    assert page.busy and page.status.isVisible() and page.status.text()
    assert page.passphrase.isReadOnly() and not page.unlock_button.isEnabled()
    assert page.passphrase.text() == ""  # the typed passphrase does not stay in the field
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))  # the event loop runs while Argon2 works
    qtbot.waitUntil(lambda: bool(fired))
    assert window.session is None
    fake.gate.set()
    qtbot.waitUntil(lambda: window.session is not None, timeout=20_000)
    assert isinstance(window.content.currentWidget(), MonitorHome)


def test_quick_hide_during_the_check_closes_the_vault_that_opens_late(qtbot, gated, services, monitor_vault):
    fake, window = gated
    page = window.unlock_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(fake.started.is_set)
    window.quick_hide()
    assert window.is_hidden_screen
    fake.gate.set()
    qtbot.waitUntil(lambda: bool(fake.sessions) and fake.sessions[0].locked, timeout=20_000)
    assert window.session is None and window.is_hidden_screen
    services.unlock(monitor_vault, PASSPHRASE).lock()  # the vault's lock was released
