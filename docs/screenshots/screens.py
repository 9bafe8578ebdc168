"""Steps the screenshot scripts share: where images go, unlocking a window, grabbing it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parent
PASSPHRASE = "river lantern copper meadow 9"


def wait_checked(window) -> None:  # type: ignore[no-untyped-def]
    """Wait while the unlock page checks the passphrase off the GUI thread."""
    while window.unlock_page is not None and window.unlock_page.busy:
        QTest.qWait(20)


def unlock(window, passphrase: str = PASSPHRASE) -> None:  # type: ignore[no-untyped-def]
    """Type the passphrase on the unlock page, press Enter and wait for the check."""
    QTest.keyClicks(window.unlock_page.passphrase, passphrase)
    QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    wait_checked(window)


def window_shot(widget: QWidget, name: str, settle_ms: int = 150) -> None:
    """Save what ``widget`` draws as ``name.png``."""
    QApplication.processEvents()
    QTest.qWait(settle_ms)
    widget.grab().save(str(OUT / f"{name}.png"))
    print("saved", name)


def screen_shot(name: str, settle_ms: int = 200) -> None:
    """Save the whole (virtual) screen as ``name.png`` — dialogs included."""
    QApplication.processEvents()
    QTest.qWait(settle_ms)
    QApplication.primaryScreen().grabWindow(0).save(str(OUT / f"{name}.png"))
    print("saved", name)
