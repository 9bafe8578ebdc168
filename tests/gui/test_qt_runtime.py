"""The Qt binding must not leak references: PySide6 6.12.0 dropped a reference to None
on every call returning nothing and aborted the app after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWidget


def test_void_qt_calls_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.update()
    assert sys.getrefcount(None) - before >= -10
