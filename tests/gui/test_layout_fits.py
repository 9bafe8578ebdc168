"""Finding 2: the window never grows past the screen; Hide, Lock, Stop and Next stay on it.

French questions, the French interface or 16 pt text used to push the window
to 1,400-1,700 px wide, past a 1366x768 laptop screen, with the safety buttons
off its edge until a restart. Each cell of the matrix below (language x screen
size x text size) walks the monitor's screens - home, a question, a field-list
group, the review, the neutral screen - and checks at both screen sizes that
the window still fits, every safety button is wholly on it and no page is
wider than its view (cut at the side, behind a sideways scroll bar).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from gui_support import PASSPHRASE, unlock
from interview_driver import answer_screen, click_next, run_to_review
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QWidget
from runner_setup import inside, start

from napsurvey.gui.i18n import write_language
from napsurvey.gui.settings_page import AppSettings
from napsurvey.gui.window import MainWindow
from napsurvey.services import forms as forms_service
from napsurvey.services.session import unlock as open_vault

SCREENS = (QSize(1366, 768), QSize(1024, 600))
LANGUAGES = ("en", "fr", "ar")
FONTS = (12, 16)


def _prepare(home: Path, language: str, font_pt: int) -> None:
    write_language(home, language)
    with open_vault(home, PASSPHRASE) as session:
        dataclasses.replace(AppSettings.load(session), font_pt=font_pt).save(session)


def _fits(window: MainWindow, buttons: dict[str, QWidget], where: str) -> list[str]:
    """Problems at each screen size: the window grew, or a button is not wholly on it."""
    problems = []
    for size in SCREENS:
        window.resize(size)
        QApplication.processEvents()
        cell = f"{where} at {size.width()}x{size.height()}"
        if window.width() > size.width() or window.height() > size.height():
            problems.append(f"{cell}: the window is {window.width()}x{window.height()}")
        for name, button in buttons.items():
            if not inside(button, window):
                problems.append(f"{cell}: {name} is not wholly on the screen")
            elif isinstance(button, QPushButton) and button.width() < button.minimumSizeHint().width():
                problems.append(f"{cell}: {name} is squeezed ({button.width()} < {button.minimumSizeHint().width()})")
        for area in window.findChildren(QAbstractScrollArea):
            if area.isVisible() and area.horizontalScrollBar().maximum() > 0:
                problems.append(f"{cell}: {type(area.parentWidget()).__name__} is wider than its view, cut at the side")
    return problems


def walk(qtbot: Any, window: MainWindow, visit: Callable[[str, dict[str, QWidget]], None]) -> None:
    """Home, a question, a field-list group, the review and the neutral screen, with their safety buttons."""
    header = window.header
    visit("home", {"Hide": header.hide_button, "Lock": header.lock_button})
    runner = start(window)
    view = runner.view
    answer_screen(qtbot, view)  # consent
    click_next(qtbot, view)

    def runner_buttons() -> dict[str, QWidget]:
        return {"Hide": header.hide_button, "Lock": header.lock_button, "Stop": runner.stop_button, "Next": view.next_button}

    visit("field-list group", runner_buttons())
    answer_screen(qtbot, view, {"age": "34", "sex": "female", "region": "north", "district": "north_1"})
    click_next(qtbot, view)
    assert view.current is not None and view.current.name == "functional_difficulty"  # one long question
    visit("question", runner_buttons())
    run_to_review(qtbot, runner)
    visit("review", runner_buttons())
    window.quick_hide()
    assert window.neutral is not None
    visit("neutral screen", {"Open": window.neutral.open_button})


@pytest.fixture
def cell_window(qtbot: Any, make_window: Any, monitor_vault: Path) -> Iterator[Callable[[str, int], MainWindow]]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()

    def factory(language: str, font_pt: int) -> MainWindow:
        _prepare(monitor_vault, language, font_pt)
        window = make_window(monitor_vault)
        unlock(qtbot, window)
        assert window.translations.language == language
        return window

    yield factory
    app.setFont(font)


@pytest.mark.parametrize("font_pt", FONTS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_safety_buttons_stay_on_the_screen_in_every_cell(qtbot, cell_window, language, font_pt):
    window = cell_window(language, font_pt)
    problems: list[str] = []
    walk(qtbot, window, lambda where, buttons: problems.extend(_fits(window, buttons, where)))
    assert problems == []


def test_the_header_folds_into_a_menu_when_space_runs_out(qtbot, cell_window):
    window = cell_window("fr", 16)
    header = window.header
    window.resize(1366, 768)
    QApplication.processEvents()
    assert header.home_button.isVisible() and not header.menu_button.isVisible()  # room for every button
    window.resize(600, 600)  # narrower than the window can be: it stops at its smallest width
    QApplication.processEvents()
    assert window.width() < 1024
    assert header.menu_button.isVisible()
    assert not header.home_button.isVisible() and not header.settings_button.isVisible()
    assert inside(header.hide_button, window) and inside(header.lock_button, window)
    texts = [a.text() for a in header.menu.actions()]
    assert "Paramètres" in texts and "Accueil" in texts
    next(a for a in header.menu.actions() if a.text() == "Paramètres").trigger()
    assert type(window.content.currentWidget()).__name__ == "SettingsPage"
    window.resize(1366, 768)
    QApplication.processEvents()
    assert header.home_button.isVisible() and not header.menu_button.isVisible()  # back in the bar


LONG_FORM = """\
settings:
  form_id: long_labels
  form_title: A questionnaire whose title is long enough to need more than the width of a small laptop screen to be shown in one line
  version: "2026.1"
survey:
  - type: select_one answer
    name: q1
    label: >-
      This question is long on purpose, as translated questions often are: it asks the respondent to think about
      the last twelve months, about every place she usually goes to, and about whether she felt safe there, and it
      goes on for long enough that it can only be read if it wraps onto several lines of the screen
  - type: select_one answer
    name: q2
    label: Short
choices:
  answer:
    - name: a
      label: >-
        A choice that is itself a full sentence, long enough that it cannot fit on one line
        of a small screen at a large text size without wrapping onto a second line
    - {name: b, label: "No"}
"""


def test_long_questions_and_choices_wrap_instead_of_widening_the_window(qtbot, cell_window, monitor_vault, tmp_path):
    path = tmp_path / "long_labels.yaml"
    path.write_text(LONG_FORM, encoding="utf-8")
    window = cell_window("en", 16)
    forms_service.install_form_files(window.session, [path])
    window.go_home()
    runner = start(window, "long_labels")
    window.resize(1024, 600)
    QApplication.processEvents()
    assert window.width() <= 1024
    choice = runner.view.question.prompts[0].input.buttons[0]
    line = choice.fontMetrics().height()
    assert choice.height() > 1.8 * line  # wrapped onto a second line
    assert inside(runner.stop_button, window) and inside(runner.view.next_button, window)
