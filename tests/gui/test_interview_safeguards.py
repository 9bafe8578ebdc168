"""The runner's safeguards: quick-hide, dummy questions, language, keyboard only, no clipboard, referrals."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from gui_support import unlock
from interview_driver import answer_screen, click_choice, click_next, prompt, run_to_review, type_into, widget_texts
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from napsurvey.gui.interview import InterviewRunner
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.window import MainWindow

CANARY = "9731"  # typed as a number: must vanish from every widget on quick-hide


@pytest.fixture
def window(qtbot: Any, make_window: Any, monitor_vault: Path) -> MainWindow:
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    return win


def start(window: MainWindow, form_id: str = "community_safety") -> InterviewRunner:
    home = window.content.currentWidget()
    assert isinstance(home, MonitorHome)
    next(c for c in home.form_cards if c.form_id == form_id).start_button.click()
    runner = window.content.currentWidget()
    assert isinstance(runner, InterviewRunner)
    return runner


def past_consent(qtbot: Any, runner: InterviewRunner) -> None:
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)


def focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


# ---- quick-hide -----------------------------------------------------------------------------------


def test_quick_hide_mid_interview_locks_and_leaves_no_answer_text(qtbot, window):
    runner = start(window)
    past_consent(qtbot, runner)
    type_into(qtbot, prompt(runner, "age"), "87")
    secrets = {"87", "How old are you", "Community safety and participation survey"}  # an answer, form texts
    shown = " ".join(widget_texts())
    assert all(s in shown for s in secrets)
    session = window.session
    qtbot.keyClick(focused(), Qt.Key.Key_F12)
    assert window.is_hidden_screen
    assert window.session is None and session.locked
    remaining = " ".join(widget_texts())
    assert not [s for s in secrets if s in remaining]
    assert runner.running is None and runner.session is None
    assert runner.view.interview is None


def test_hide_button_clears_the_review_page_too(qtbot, window):
    runner = start(window)
    run_to_review(qtbot, runner, {"age": "38", "region": "west", "district": "west_2"})
    before = widget_texts()
    assert "West region" in before and "West district 2" in before
    qtbot.mouseClick(window.header.hide_button, Qt.MouseButton.LeftButton)
    after = widget_texts()
    assert "West region" not in after and "West district 2" not in after and "38" not in after


# ---- dummy questions ---------------------------------------------------------------------------------


def test_ctrl_d_swaps_to_dummy_questions_and_back_without_losing_the_draft(qtbot, window):
    runner = start(window)
    past_consent(qtbot, runner)
    type_into(qtbot, prompt(runner, "age"), "52")
    click_choice(qtbot, prompt(runner, "sex"), "female")
    drafts_before = window.session.vault.connection.execute("SELECT snapshot FROM drafts").fetchall()
    qtbot.keyClick(focused(), Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert runner.in_dummy
    visible = " ".join(widget_texts(runner))
    assert "drinking water" in visible.lower()
    assert "How old are you" not in visible and "52" not in visible.split()
    assert runner.form_title.text() == "Household water and market prices"
    assert not runner.stop_button.isVisible() and not runner.referral_button.isVisible()
    # The dummy questions can be answered; nothing of them is stored.
    dummy = runner.dummy_view
    assert dummy is not None
    answer_screen(qtbot, dummy)
    click_next(qtbot, dummy)
    snapshot = json.loads(window.session.vault.connection.execute("SELECT snapshot FROM drafts").fetchone()[0])
    assert "water_source" not in json.dumps(snapshot)
    assert len(window.session.vault.connection.execute("SELECT id FROM drafts").fetchall()) == len(drafts_before)
    # F9 (from the window) swaps back: the real question and its answer are there again.
    qtbot.keyClick(focused(), Qt.Key.Key_F9)
    assert not runner.in_dummy
    assert prompt(runner, "age").input.edit.text() == "52"
    assert runner.form_title.text() == "Community safety and participation survey"


# ---- language ------------------------------------------------------------------------------------------


def test_switch_form_language_mid_interview(qtbot, window):
    runner = start(window)
    past_consent(qtbot, runner)
    type_into(qtbot, prompt(runner, "age"), "29")
    assert prompt(runner, "age").label.text().startswith("How old are you")
    runner.language.setCurrentIndex(runner.language.findData("fr"))
    runner.language.activated.emit(runner.language.currentIndex())
    age = prompt(runner, "age")
    assert age.label.text().startswith("Quel âge avez-vous")
    assert age.input.edit.text() == "29"  # the answer stays
    sex = prompt(runner, "sex")
    assert [b.text() for b in sex.input.buttons] == ["Femme", "Homme", "Préfère ne pas répondre"]
    assert runner.form_title.text() == "Enquête sur la sécurité et la participation communautaires"
    assert runner.view.stack.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_lays_the_questions_out_right_to_left(qtbot, window):
    runner = start(window)
    runner.set_form_language("ar")
    assert runner.view.stack.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert prompt(runner, "consent").label.text().startswith("مرحبًا")
    runner.set_form_language("en")
    assert runner.view.stack.layoutDirection() == Qt.LayoutDirection.LeftToRight


# ---- keyboard only --------------------------------------------------------------------------------------


def test_keyboard_only_digits_choose_and_enter_goes_next(qtbot, window):
    runner = start(window)
    view = runner.view
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # consent: 1 = Yes
    assert runner.running.interview.value("consent") == "yes"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.current.name == "respondent"
    assert focused() is prompt(runner, "age").input.edit  # the first question has the focus
    qtbot.keyClicks(focused(), "33")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_2)  # sex: Man; the focus moves on to region
    qtbot.keyClick(focused(), Qt.Key.Key_5)  # region: Capital
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # district: Capital district 1
    interview = runner.running.interview
    assert (interview.value("age"), interview.value("sex"), interview.value("region"), interview.value("district")) == (
        33, "male", "capital", "capital_1",
    )
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.current.name == "functional_difficulty"
    qtbot.keyClick(focused(), Qt.Key.Key_1)  # No difficulty
    assert interview.value("functional_difficulty") == "no_difficulty"
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert view.current.name == "safety"
    qtbot.keyClick(focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current.name == "functional_difficulty"


# ---- clipboard --------------------------------------------------------------------------------------------


def test_answers_never_reach_the_clipboard(qtbot, window):
    runner = start(window)
    past_consent(qtbot, runner)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("before")
    edit = prompt(runner, "age").input.edit
    type_into(qtbot, prompt(runner, "age"), "47")
    edit.selectAll()
    assert not edit.hasSelectedText()  # a selection is dropped at once (X11 would export it)
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == "before"
    assert edit.text() == "47"
    assert edit.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu


# ---- referrals ------------------------------------------------------------------------------------------------


def test_referral_panel_says_clearly_when_no_directory_is_installed(qtbot, window):
    runner = start(window)
    qtbot.mouseClick(runner.referral_button, Qt.MouseButton.LeftButton)
    assert runner.referrals.isVisible()
    assert runner.referrals.list.empty.isVisible()
    assert "No referral directory" in runner.referrals.list.empty.text()
    qtbot.mouseClick(runner.referrals.close_button, Qt.MouseButton.LeftButton)
    assert not runner.referrals.isVisible() and not runner.referral_button.isChecked()
