"""Finding 5: the header's Hide and Lock work while a dialog is open.

A modal dialog used to block the whole window: clicking Hide or Lock did
nothing until the dialog was closed (only F12 and Esc Esc got through).
The clicks here go through the window, as the window system delivers them,
so a blocked window refuses them as it would a real click.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from gui_support import unlock
from interview_driver import answer_screen, click_next
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from runner_setup import click_through_window, start

from napsurvey.errors import ErrorCode, NapError
from napsurvey.gui.dialogs import show_error
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.window import MainWindow


@pytest.fixture
def window(qtbot: Any, make_window: Any, monitor_vault: Path) -> MainWindow:
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    return win


def _open_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def _while_a_dialog_is_open(qtbot: Any, open_it: Callable[[], None], then: Callable[[], None]) -> list[str]:
    """Open a dialog (``open_it`` may block in the dialog's own loop) and run ``then`` while it shows."""
    seen: list[str] = []

    def act() -> None:
        qtbot.waitUntil(lambda: bool(_open_dialogs()), timeout=5_000)
        seen.extend(type(w).__name__ for w in _open_dialogs())
        then()
        # Whatever happened, never leave a dialog loop running after the test.
        for dialog in _open_dialogs():
            dialog.reject()

    QTimer.singleShot(0, act)
    open_it()
    QApplication.processEvents()
    return seen


def _stop_dialog(window: MainWindow, qtbot: Any) -> Callable[[], None]:
    runner = start(window)
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)
    return runner.request_stop


def _training_dialog(window: MainWindow, qtbot: Any) -> Callable[[], None]:
    home = window.content.currentWidget()
    assert isinstance(home, MonitorHome)
    return home.sign_off_training


def _error_dialog(window: MainWindow, qtbot: Any) -> Callable[[], None]:
    return lambda: show_error(window, NapError(ErrorCode.DISK_FULL, path="stick"))


def _bundles_dialog(window: MainWindow, qtbot: Any) -> Callable[[], None]:
    home = window.content.currentWidget()
    assert isinstance(home, MonitorHome) and home.sync_panel is not None
    return home.sync_panel.recreate


def _file_dialog(window: MainWindow, qtbot: Any) -> Callable[[], None]:
    home = window.content.currentWidget()
    assert isinstance(home, MonitorHome) and home.sync_panel is not None
    return home.sync_panel.enroll  # Qt's file dialog, in its own loop


DIALOGS = {
    "stop interview": _stop_dialog,
    "training sign-off": _training_dialog,
    "an error": _error_dialog,
    "past bundles": _bundles_dialog,
    "choose a file": _file_dialog,
}


@pytest.mark.parametrize("which", list(DIALOGS))
def test_the_hide_button_hides_and_locks_from_a_dialog(qtbot, window, which):
    session = window.session
    opener = DIALOGS[which](window, qtbot)
    seen = _while_a_dialog_is_open(qtbot, opener, lambda: click_through_window(window.header.hide_button))
    assert seen, "no dialog opened"
    assert window.is_hidden_screen
    assert window.session is None and session.locked
    assert _open_dialogs() == []


@pytest.mark.parametrize("which", list(DIALOGS))
def test_the_lock_button_locks_from_a_dialog(qtbot, window, which):
    session = window.session
    opener = DIALOGS[which](window, qtbot)
    seen = _while_a_dialog_is_open(qtbot, opener, lambda: click_through_window(window.header.lock_button))
    assert seen
    assert window.session is None and session.locked
    assert window.unlock_page is not None
    assert _open_dialogs() == []


def test_a_dialog_still_keeps_the_page_behind_it_from_being_used(qtbot, window):
    # Only Hide and Lock get through: the rest of the window waits for the dialog, as before.
    home = window.content.currentWidget()
    assert isinstance(home, MonitorHome)
    start_button = home.form_cards[0].start_button
    results: list[Any] = []
    _while_a_dialog_is_open(
        qtbot,
        home.sign_off_training,
        lambda: (click_through_window(start_button), results.append(window.content.currentWidget())),
    )
    assert results == [home]
