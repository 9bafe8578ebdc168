"""Finding 3: a keyboard flow to trust - Enter always means Next, screens drawn at the top.

Enter on the CRSV urgent-care note used to jump back two screens (the focus
had fallen into the section list, where Enter opens a section), so a
keyboard-only monitor looped for ever; and after "change" on the review page
every later screen was stretched to the review's height, the question near
the bottom edge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_support import unlock
from interview_driver import answer_screen, click_choice, click_next, prompt, run_to_review
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from runner_setup import enroll_with_crsv_kit, focused, press, sign_off, start, type_keys

from napsurvey.gui.window import MainWindow


@pytest.fixture
def window(qtbot: Any, make_window: Any, monitor_vault: Path) -> MainWindow:
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    return win


@pytest.fixture
def crsv_window(qtbot: Any, make_window: Any, monitor_vault: Path, tmp_path: Path) -> MainWindow:
    enroll_with_crsv_kit(monitor_vault, tmp_path)
    sign_off(monitor_vault)
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    return win


def _screen(runner: Any) -> str | None:
    current = runner.view.current
    return current.name if current is not None else None


def test_enter_on_the_urgent_care_note_goes_on_to_the_next_question(qtbot, crsv_window):
    runner = start(crsv_window, "crsv_incident")
    keys = [
        ("1", "age"),  # consent: yes
        ("30", "area"),  # typed age, then Enter
        ("11", "already_documented"),  # region North, district North 1
        ("2", "incident_type"),  # not documented before
        ("1", "conflict_related"),  # rape
        ("1", "crsv_forms"),  # linked to the conflict
        ("7", "incident_period"),  # none of these forms
        ("1", "urgent_care_note"),  # within the past month: the note shows
    ]
    for typed, then in keys:
        type_keys(typed)
        press(Qt.Key.Key_Return)
        assert _screen(runner) == then, f"after {typed!r} + Enter"
    assert [p.type for p in runner.view.question.prompts] == ["note"]
    press(Qt.Key.Key_Return)
    assert _screen(runner) == "age_at_incident"
    press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Alt+Left: back to the note
    assert _screen(runner) == "urgent_care_note"
    press(Qt.Key.Key_Return)
    assert _screen(runner) == "age_at_incident"


def _run_until(qtbot: Any, runner: Any, name: str) -> None:
    for _ in range(40):
        if _screen(runner) == name:
            return
        answer_screen(qtbot, runner.view)
        click_next(qtbot, runner.view)
    raise AssertionError(f"{name} never showed")


def test_enter_means_next_even_from_the_section_list(qtbot, window):
    runner = start(window)
    view = runner.view
    _run_until(qtbot, runner, "peace_committee_women")  # the second screen of its section
    answer_screen(qtbot, view)
    # The focus in the section list (Tab or a click can put it there): Enter must not open the section's first screen.
    items = view.sections.list
    assert items.currentItem() is not None
    items.setFocus()
    press(Qt.Key.Key_Return)
    assert _screen(runner) == "women_influence"


def test_enter_on_a_decline_button_means_next_not_decline(qtbot, window):
    runner = start(window)
    view = runner.view
    _run_until(qtbot, runner, "heard_1325")
    answer_screen(qtbot, view)
    prompt(runner, "heard_1325").decline_button.setFocus()
    press(Qt.Key.Key_Return)
    assert _screen(runner) == "heard_nap"
    assert runner.running.interview.value("heard_1325") == "yes"


def _top_of(widget: QWidget, holder: QWidget) -> int:
    return widget.mapTo(holder, QPoint(0, 0)).y()


def test_after_change_on_the_review_the_next_screens_are_drawn_at_the_top(qtbot, window):
    runner = start(window)
    view = runner.view
    run_to_review(qtbot, runner)
    holder = view.scroll_area.widget()
    row = next(b for b in view.review_page.rows if b.property("question") == "heard_nap")
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert _screen(runner) == "heard_nap"
    label = prompt(runner, "heard_nap").label
    assert _top_of(label, holder) < 120, "the question is pushed down the screen"
    assert holder.height() <= view.scroll_area.viewport().height() + 2, "the screen is stretched to the review's height"
    click_choice(qtbot, prompt(runner, "heard_nap"), "no")
    click_next(qtbot, view)
    QApplication.processEvents()
    shown = view.question.prompts[0].label
    assert _top_of(shown, holder) < 120
    assert holder.height() <= view.scroll_area.viewport().height() + 2


def _in_view(view: Any, widget: QWidget) -> bool:
    viewport = view.scroll_area.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return 0 <= top and top + widget.height() <= viewport.height()


def test_digit_keys_move_through_a_battery_and_the_view_follows(qtbot, window):
    window.resize(1024, 600)
    runner = start(window)
    view = runner.view
    _run_until(qtbot, runner, "safety")
    assert view.question.prompts[0].holds_focus(focused())  # the first field of the screen has the focus
    for index, digit in enumerate("213"):
        type_keys(digit)  # chooses, then moves on to the next question of the battery
        widget = focused()
        if index < 2:
            assert view.question.prompts[index + 1].holds_focus(widget)
            assert _in_view(view, widget), f"question {index + 2} has the focus out of view"
    values = [runner.running.interview.value(n) for n in ("safe_night", "safe_transport", "safe_home")]
    assert values == ["fairly_safe", "very_safe", "fairly_unsafe"]


def test_a_blocked_next_brings_the_first_problem_into_view(qtbot, window):
    window.resize(1024, 600)
    runner = start(window)
    view = runner.view
    _run_until(qtbot, runner, "respondent")
    prompt(runner, "age").input.edit.setFocus()
    type_keys("34")
    click_choice(qtbot, prompt(runner, "sex"), "female")
    click_choice(qtbot, prompt(runner, "region"), "north")
    view.scroll_area.verticalScrollBar().setValue(0)
    click_next(qtbot, view)  # the district is still missing, far down the screen
    district = prompt(runner, "district")
    assert district.message.isVisible()
    assert _in_view(view, district.message), "the message sits below the visible area"
    assert district.holds_focus(focused())
