"""Finding 6: exporting before enrollment explains, in the window, what to do, with a button to enroll.

It used to ask for the USB folder first, then told the monitor to run
``napsurvey enroll KIT`` on a command line.
"""

from __future__ import annotations

from gui_support import open_dialog, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from sync_setup import make_homes

from napsurvey.gui import file_dialogs
from napsurvey.gui.monitor_home import MonitorHome


def _visible_texts(root) -> list[str]:  # type: ignore[no-untyped-def]
    shown = [c for c in root.findChildren(QWidget) if isinstance(c, (QLabel, QAbstractButton)) and c.isVisible()]
    return [w.text() for w in shown if w.text()]


def test_export_before_enrollment_says_what_to_do_and_offers_to_enroll(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path, enroll=False, approve=False, records=3)
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: asked.append("folder") or None)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: asked.append("kit") or None)
    window = make_window(homes.monitor)
    unlock(qtbot, window)
    page = window.content.currentWidget()
    assert isinstance(page, MonitorHome)
    panel = page.sync_panel
    assert page.export_button.isEnabled()  # three interviews are waiting

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()

    assert asked == [], "no folder is asked for before the device is enrolled"
    assert panel.not_enrolled.isVisible()
    shown = " ".join(_visible_texts(window))
    assert "napsurvey enroll" not in shown and "KIT_NOT_ENROLLED" not in shown  # no command line, no bare code
    explanation = " ".join(_visible_texts(panel.not_enrolled))
    assert "kit" in explanation.lower() and "coordinator" in explanation.lower()
    assert panel.not_enrolled_button.isVisible()
    assert open_dialog() is None  # said in the window, not in a pop-up

    qtbot.mouseClick(panel.not_enrolled_button, Qt.MouseButton.LeftButton)
    assert asked == ["kit"]  # straight to choosing the kit


def test_export_after_enrollment_goes_straight_to_the_folder(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path, records=2)
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: asked.append("folder") or None)
    window = make_window(homes.monitor)
    unlock(qtbot, window)
    page = window.content.currentWidget()
    assert isinstance(page, MonitorHome)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == ["folder"]
    assert not page.sync_panel.not_enrolled.isVisible()

