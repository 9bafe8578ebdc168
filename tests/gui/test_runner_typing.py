"""Finding 1: a typed answer reaches the engine when the field is left, never per keystroke.

Changing 34 to 35 used to pass through "3": the child protocol fired on the
half-typed value and cleared every answer it hides, and the draft was saved
that way.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from gui_support import unlock
from interview_driver import answer_screen, click_choice, click_next, prompt, run_to_review
from PySide6.QtCore import Qt
from runner_setup import focused, press, start, type_keys

from napsurvey.gui.window import MainWindow


@pytest.fixture
def window(qtbot: Any, make_window: Any, monitor_vault: Path) -> MainWindow:
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    return win


def _answered(runner: Any) -> dict[str, Any]:
    interview = runner.running.interview
    names = [item.name for item in interview.items if item.answerable]
    return {name: interview.value(name) for name in names if interview.value(name) not in ("", [])}


def test_changing_34_to_35_through_the_keyboard_loses_no_answer(qtbot, window):
    runner = start(window)
    view = runner.view
    answer_screen(qtbot, view)  # consent
    click_next(qtbot, view)
    answer_screen(qtbot, view, {"age": "34", "sex": "female", "region": "north", "district": "north_1"})
    click_next(qtbot, view)
    answer_screen(qtbot, view)  # functional difficulty
    click_next(qtbot, view)
    answer_screen(qtbot, view)  # the safety battery
    click_next(qtbot, view)
    answer_screen(qtbot, view)
    click_next(qtbot, view)
    before = _answered(runner)
    assert before["age"] == 34 and "safe_night" in before and len(before) >= 10
    # Back to the respondent screen with the keyboard, and fix the age there.
    for _ in range(6):
        if view.current is not None and view.current.name == "respondent":
            break
        press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current is not None and view.current.name == "respondent"
    age = prompt(runner, "age").input.edit
    age.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Backspace)  # the field reads "3" for a moment: a child's age
    type_keys("5")
    press(Qt.Key.Key_Tab)  # leave the field: now the engine gets 35
    after = _answered(runner)
    assert after == {**before, "age": 35}
    assert runner.stack.currentWidget() is not runner.ending
    # The draft on disk holds every answer too.
    saved = _draft_answers_now(window)
    assert saved == after
    run_to_review(qtbot, runner, {"age": "35"})
    rows = {b.property("question"): b.text() for b in view.review_page.rows}
    assert rows["age"] == "35" and rows["safe_night"] not in ("", "Not answered — change")


def _draft_answers_now(window: MainWindow) -> dict[str, Any]:
    snapshot = json.loads(window.session.vault.connection.execute("SELECT snapshot FROM drafts").fetchone()[0])
    return {name: value for name, _path, value in snapshot["answers"] if value not in ("", [])}


def test_keystrokes_stay_in_the_field_until_it_is_left(qtbot, window):
    runner = start(window)
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)
    interview = runner.running.interview
    edit = prompt(runner, "age").input.edit
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    for key in "47":
        type_keys(key)
        assert interview.value("age") == "", "a keystroke reached the engine"
    assert edit.text() == "47"
    press(Qt.Key.Key_Tab)
    assert interview.value("age") == 47
    # A selection applies at once, without leaving anything.
    click_choice(qtbot, prompt(runner, "sex"), "male")
    assert interview.value("sex") == "male"


def test_a_typed_answer_is_taken_by_enter_and_by_next(qtbot, window):
    runner = start(window)
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)
    interview = runner.running.interview
    prompt(runner, "age").input.edit.setFocus(Qt.FocusReason.TabFocusReason)
    type_keys("52")
    press(Qt.Key.Key_Return)  # Enter commits, then means Next (blocked here: the rest is required)
    assert interview.value("age") == 52
    type_into_age = prompt(runner, "age").input.edit
    type_into_age.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Backspace)
    type_keys("3")
    for name, choice in (("sex", "female"), ("region", "south")):
        click_choice(qtbot, prompt(runner, name), choice)  # clicking elsewhere leaves the field
    assert interview.value("age") == 53
    click_choice(qtbot, prompt(runner, "district"), "south_1")
    prompt(runner, "age").input.edit.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_End)
    press(Qt.Key.Key_Backspace)
    type_keys("4")
    click_next(qtbot, runner.view)  # Next takes what is typed before it moves on
    assert interview.value("age") == 54
    assert runner.view.current is not None and runner.view.current.name == "functional_difficulty"
    assert focused() is not None
