"""Shared steps of the field-readiness tests: open a monitor window, start a form, click as a person would."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from gui_support import PASSPHRASE
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from napsurvey.gui.interview import InterviewRunner
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.window import MainWindow
from napsurvey.paths import shipped_forms_dir
from napsurvey.services import enrollment
from napsurvey.services.session import create_vault
from napsurvey.services.session import unlock as open_vault

REFERRALS = {
    "north_1": [
        {"name": "North district health centre", "kind": "medical", "contact": "Main road, next to the market"},
        {"name": "Women's listening centre", "kind": "psychosocial", "contact": "Ask at the community hall"},
    ],
    "north_2": [{"name": "North legal aid desk", "kind": "legal", "contact": "Court house, room 4"}],
    "south_1": [{"name": "South safe house", "kind": "shelter", "contact": "0800 555 010"}],
}
PROTOCOL = {
    "title": "CRSV documentation study",
    "reference": "ERB-2026-014",
    "approved_by": "National ethics board",
    "approved_day": "2026-01-10",
}
SUPERVISOR = "SUP-07"


def start(window: MainWindow, form_id: str = "community_safety") -> InterviewRunner:
    """Click Start on the form's card on the home page."""
    home = window.content.currentWidget()
    assert isinstance(home, MonitorHome), home
    card = next(c for c in home.form_cards if c.form_id == form_id)
    card.start_button.click()
    runner = window.content.currentWidget()
    assert isinstance(runner, InterviewRunner), runner
    return runner


def enroll_with_crsv_kit(home: Path, tmp_path: Path, referrals: dict[str, list[dict[str, Any]]] | None = None) -> None:
    """A coordinator's kit carrying the high-sensitivity form, its referral directory and its protocol."""
    from napsurvey.bundle.formats import ReferralService, StudyProtocol

    coordinator_home = tmp_path / "coordinator"
    create_vault(coordinator_home, "coordinator", PASSPHRASE)
    text = (shipped_forms_dir() / "crsv_incident.yaml").read_text(encoding="utf-8")
    directory = REFERRALS if referrals is None else referrals
    with open_vault(coordinator_home, PASSPHRASE) as coordinator:
        kit = enrollment.create_kit(
            coordinator,
            form_texts=[text],
            referrals={a: [ReferralService(**s) for s in v] for a, v in directory.items()},
            protocol=StudyProtocol(**PROTOCOL),
            today="2026-02-01",
        )
        sealed_kit = enrollment.seal_kit(coordinator, kit)
    with open_vault(home, PASSPHRASE) as monitor:
        enrollment.enroll(monitor, sealed_kit.data, path="kit", today="2026-02-01", code=sealed_kit.code)


def sign_off(home: Path) -> None:
    """Record a training sign-off through the services."""
    with open_vault(home, PASSPHRASE) as monitor:
        monitor.sign_off_training(date.today(), SUPERVISOR)


def focused() -> QWidget:
    """The widget holding the keyboard focus."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a person at the keyboard does."""
    QApplication.processEvents()
    QTest.keyClick(focused(), key, modifier)
    QApplication.processEvents()


def type_keys(text: str) -> None:
    """Type ``text`` where the keyboard focus is."""
    QApplication.processEvents()
    QTest.keyClicks(focused(), text)
    QApplication.processEvents()


def click_through_window(widget: QWidget) -> None:
    """Click ``widget`` the way the window system delivers a click: through its window.

    Unlike a click sent to the widget itself, this one is refused by Qt when a
    modal dialog blocks the window, as a real mouse click is.
    """
    top = widget.window()
    handle = top.windowHandle()
    assert handle is not None
    pos: QPoint = widget.mapTo(top, widget.rect().center())
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    QApplication.processEvents()


def inside(widget: QWidget, area: QWidget) -> bool:
    """True when ``widget`` is shown and wholly inside ``area``'s rectangle (both mapped to the window)."""
    if not widget.isVisible():
        return False
    top = area.window()
    rect = widget.rect().translated(widget.mapTo(top, QPoint(0, 0)))
    box = area.rect().translated(area.mapTo(top, QPoint(0, 0)))
    return box.contains(rect)
