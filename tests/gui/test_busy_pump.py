"""While busy work runs on the GUI thread, the quick-hide keys still work, and nothing else does (finding M6)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget

from napsurvey.gui.busy_pump import BusyPump
from napsurvey.gui.safeguards import QuickHideKeys


def _spin(seconds: float) -> int:
    """Pure Python work, as an expression evaluation is (never a sleep: it holds the interpreter)."""
    end, n = time.perf_counter() + seconds, 0
    while time.perf_counter() < end:
        n += 1
    return n


def test_f12_during_three_seconds_of_busy_work_hides_at_once_and_stops_the_work(qtbot, qapp) -> None:
    window = QWidget()
    field = QLineEdit(window)
    qtbot.addWidget(window)
    window.show()
    keys = QuickHideKeys(window)
    qapp.installEventFilter(keys)
    pump = BusyPump()
    hidden_at: list[float] = []
    keys.triggered.connect(lambda: (hidden_at.append(time.perf_counter()), pump.hidden()))
    pressed_at: list[float] = []

    def press() -> None:
        pressed_at.append(time.perf_counter())
        QTest.keyClick(field, Qt.Key.Key_F12)
        QTest.keyClicks(field, "typed while busy")  # input other than quick-hide is dropped

    QTimer.singleShot(300, press)
    started = time.perf_counter()
    finished = []
    try:
        with pump.busy():
            _spin(3.0)
            finished.append(True)
        elapsed = time.perf_counter() - started
    finally:
        qapp.removeEventFilter(keys)
        pump.close()
    assert pressed_at and hidden_at, "F12 was not handled during the busy work"
    assert hidden_at[0] - pressed_at[0] < 0.5
    assert finished == [] and elapsed < 1.5  # the work was stopped, not waited for
    assert field.text() == ""


def test_busy_work_without_quick_hide_runs_to_the_end_untouched(qtbot, qapp) -> None:
    pump = BusyPump()
    clicked = []
    button = QPushButton("x")
    qtbot.addWidget(button)
    button.show()
    button.clicked.connect(lambda: clicked.append(1))
    QTimer.singleShot(150, lambda: QTest.mouseClick(button, Qt.MouseButton.LeftButton))
    try:
        with pump.busy():
            n = _spin(0.6)
    finally:
        pump.close()
    assert n > 0 and pump.pumps > 0
    assert clicked == []  # a click during the work is dropped, never run inside it
