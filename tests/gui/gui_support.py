"""Helpers shared by the GUI tests (a module with a unique name: "conftest" is ambiguous across folders)."""

from __future__ import annotations

from napsurvey.gui.window import MainWindow

PASSPHRASE = "correct horse battery staple 42"


def unlock(qtbot, window: MainWindow, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    """Type the passphrase and press Enter."""
    from PySide6.QtCore import Qt

    page = window.unlock_page
    assert page is not None
    qtbot.keyClicks(page.passphrase, passphrase)
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    wait_until_checked(qtbot, page)


def wait_until_checked(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    """Wait for a passphrase or recovery-key check, or the vault creation (they run off the GUI thread)."""
    import shiboken6

    qtbot.waitUntil(lambda: not shiboken6.isValid(page) or not page.busy, timeout=20_000)


def open_dialog():  # type: ignore[no-untyped-def]
    """The dialog shown last, if any (the window's dialog guard shows dialogs non-modal to Qt)."""
    from napsurvey.gui.dialog_guard import open_dialogs

    shown = open_dialogs()
    return shown[-1] if shown else None
