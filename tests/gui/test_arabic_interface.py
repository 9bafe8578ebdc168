"""Finding 10: an Arabic interface, and the whole window mirrored for it.

There were Arabic questions but no Arabic interface: buttons, messages and
screens stayed in English and laid out left to right around right-to-left
questions.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from gui_support import unlock
from interview_driver import answer_screen, click_next
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget
from runner_setup import start

from napsurvey.gui import i18n
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.window import MainWindow

ARABIC = re.compile("[\u0600-\u06ff]")


@pytest.fixture
def window(qtbot: Any, make_window: Any, monitor_vault: Path) -> MainWindow:
    i18n.write_language(monitor_vault, "ar")
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    return win


def _x(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def _latin_texts(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)) and widget.isVisible():
            text = re.sub(r"\([A-Z_]+\)|F\d+|Esc|Alt|Ctrl|Enter|USB|\d", "", widget.text())
            if re.search("[A-Za-z]{3}", text) and not ARABIC.search(text):
                found.append(widget.text())
    return found


def test_arabic_is_offered_and_the_unlock_screen_speaks_it(qtbot, make_window, monitor_vault):
    assert "ar" in i18n.available_languages()
    i18n.write_language(monitor_vault, "ar")
    window = make_window(monitor_vault)
    assert window.translations.language == "ar"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page = window.unlock_page
    assert page is not None
    assert _latin_texts(page) == []


def test_the_home_page_and_header_are_arabic_and_mirrored(qtbot, window):
    header = window.header
    assert ARABIC.search(header.hide_button.text()) and ARABIC.search(header.lock_button.text())
    assert _x(header.hide_button) < _x(header.title_label), "Hide belongs at the left end in Arabic"
    home = window.content.currentWidget()
    assert isinstance(home, MonitorHome)
    assert home.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert _latin_texts(home) == [] or all("Version" not in t for t in _latin_texts(home))


def test_the_runner_is_arabic_and_mirrored(qtbot, window):
    runner = start(window)
    view = runner.view
    assert runner.running.interview.language == "ar"  # questions follow the interface language
    answer_screen(qtbot, view)
    click_next(qtbot, view)
    QApplication.processEvents()
    assert _x(view.next_button) < _x(view.back_button), "Next belongs at the left in Arabic"
    assert _x(view.sections) > _x(view.scroll_area), "the section list belongs on the right"
    assert _x(runner.stop_button) < _x(runner.form_title)
    assert _latin_texts(runner) == []
    # Questions in English inside an Arabic interface read left to right; the frame stays mirrored.
    runner.set_form_language("en")
    QApplication.processEvents()
    assert view.question.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert _x(view.next_button) < _x(view.back_button)
