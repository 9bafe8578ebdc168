"""ODK's compact grid for batteries of questions sharing one list: ``table-list`` and ``likert``.

A ``table-list`` group draws its questions as the rows of one table whose
columns are the shared choices, headed once; ``likert`` draws one question's
choices side by side as a scale. Both are answered by click or by digit, and
the review shows the battery as one compact block.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from gui_support import unlock
from interview_driver import click_next, run_to_review
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel
from runner_setup import press, start, type_keys

from napsurvey.gui.window import MainWindow
from napsurvey.services import forms as forms_service

BATTERY = """\
settings:
  form_id: battery
  form_title: Battery
  version: "2026.1"
survey:
  - {type: begin_group, name: safety, appearance: table-list, label: How safe do you feel?}
  - {type: select_one scale, name: day, label: During the day, required: true}
  - {type: select_one scale, name: night, label: After dark}
  - {type: select_one scale, name: market, label: At the market}
  - {type: end_group}
  - {type: select_one agree, name: overall, appearance: likert, label: Things are better than a year ago}
choices:
  scale:
    - {name: very_safe, label: Very safe}
    - {name: safe, label: Safe}
    - {name: unsafe, label: Unsafe}
    - {name: very_unsafe, label: Very unsafe}
  agree:
    - {name: a1, label: Strongly disagree}
    - {name: a2, label: Disagree}
    - {name: a3, label: Neither}
    - {name: a4, label: Agree}
    - {name: a5, label: Strongly agree}
"""


@pytest.fixture
def window(qtbot: Any, make_window: Any, monitor_vault: Path, tmp_path: Path) -> MainWindow:
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    path = tmp_path / "battery.yaml"
    path.write_text(BATTERY, encoding="utf-8")
    forms_service.install_form_files(win.session, [path])
    win.go_home()
    return win


def _y(widget: Any) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def _x(widget: Any) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def test_a_table_list_group_is_one_grid_with_the_choices_headed_once(qtbot, window):
    runner = start(window, "battery")
    [table] = runner.view.question.tables
    assert [h.text() for h in table.headers] == ["Very safe", "Safe", "Unsafe", "Very unsafe"]
    assert list(table.rows) == ["day", "night", "market"]
    for name, row in table.rows.items():
        assert row.label.text().startswith({"day": "During", "night": "After", "market": "At the"}[name])
        assert len(row.cells) == 4 and all(not c.text() for c in row.cells)  # no repeated choice labels
        assert len({_y(c) for c in row.cells}) == 1  # one line
    # Columns line up under their heading.
    for column, header in enumerate(table.headers):
        centre = _x(header) + header.width() // 2
        for row in table.rows.values():
            cell = row.cells[column]
            assert _x(cell) <= centre <= _x(cell) + cell.width()
    interview = runner.running.interview
    qtbot.mouseClick(table.rows["night"].cells[2], Qt.MouseButton.LeftButton, pos=table.rows["night"].cells[2].rect().center())
    assert interview.value("night") == "unsafe"


def test_digits_answer_the_grid_row_by_row(qtbot, window):
    runner = start(window, "battery")
    interview = runner.running.interview
    type_keys("1")
    type_keys("3")
    type_keys("4")
    assert [interview.value(n) for n in ("day", "night", "market")] == ["very_safe", "unsafe", "very_unsafe"]
    press(Qt.Key.Key_Return)
    assert runner.view.current is not None and runner.view.current.name == "overall"


def test_a_row_of_the_grid_can_be_declined(qtbot, window):
    runner = start(window, "battery")
    [table] = runner.view.question.tables
    qtbot.mouseClick(table.rows["market"].decline_button, Qt.MouseButton.LeftButton)
    [table] = runner.view.question.tables
    assert runner.running.interview.state.declined  # recorded as declined, not as an answer
    assert not any(c.isEnabled() for c in table.rows["market"].cells)


def test_likert_lays_the_scale_out_side_by_side(qtbot, window):
    runner = start(window, "battery")
    type_keys("124")
    click_next(qtbot, runner.view)
    [view] = runner.view.question.prompts
    buttons = view.input.buttons
    assert [b.text() for b in buttons] == ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"]
    assert len({_y(b) for b in buttons}) == 1 and [_x(b) for b in buttons] == sorted(_x(b) for b in buttons)
    type_keys("4")
    assert runner.running.interview.value("overall") == "a4"


def test_the_review_shows_the_battery_as_one_compact_block(qtbot, window):
    runner = start(window, "battery")
    type_keys("123")
    run_to_review(qtbot, runner)
    review = runner.view.review_page
    headings = [w.text() for w in review.findChildren(QLabel, "ReviewGroup")]
    assert headings == ["How safe do you feel?"]
    rows = {b.property("question"): b.text() for b in review.rows}
    assert rows["day"] == "Very safe" and rows["night"] == "Safe" and rows["market"] == "Unsafe"
    heading = next(w for w in review.findChildren(QLabel, "ReviewGroup"))
    day = next(b for b in review.rows if b.property("question") == "day")
    assert _y(heading) < _y(day)
    QApplication.processEvents()
