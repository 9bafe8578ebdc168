"""Finding 9, the smaller items: each is small, each was seen by a monitor.

Progress counted invalid values as answered; Decline scrolled to the top;
the question-language list hid Arabic; Next/Back arrows pointed the wrong way
in Arabic; field messages came in several styles (some in English under a
French interface); Qt's file dialog was half English in French; every draft
read "Resume: <form> (2026-12)"; fixing a number took several Backspaces.
(The view following the focus and messages below the visible area are in
test_keyboard_flow.py.)
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from gui_support import open_dialog, unlock
from interview_driver import answer_screen, click_choice, click_next, prompt, type_into
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QFileDialog, QLabel, QWidget
from runner_setup import press, start, type_keys

from napsurvey.errors import ErrorCode
from napsurvey.gui import file_dialogs
from napsurvey.gui.interview import field_messages
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.window import MainWindow
from napsurvey.services import forms as forms_service


@pytest.fixture
def window(qtbot: Any, make_window: Any, monitor_vault: Path) -> MainWindow:
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    return win


def _past_consent(qtbot: Any, runner: Any) -> None:
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)


# ---- progress ------------------------------------------------------------------------------------------------


def test_an_invalid_value_does_not_count_as_answered(qtbot, window):
    runner = start(window)
    _past_consent(qtbot, runner)
    before = runner.running.interview.progress().answered
    type_into(qtbot, prompt(runner, "age"), "150")  # outside 0-110
    press(Qt.Key.Key_Tab)
    assert prompt(runner, "age").message.isVisible()
    assert runner.running.interview.progress().answered == before
    assert runner.view.sections.progress.value() == before
    type_into(qtbot, prompt(runner, "age"), "40")
    press(Qt.Key.Key_Tab)
    assert runner.running.interview.progress().answered == before + 1


# ---- decline keeps the place ---------------------------------------------------------------------------------


def test_decline_keeps_the_question_where_it_was(qtbot, window):
    window.resize(1024, 600)
    runner = start(window)
    view = runner.view
    _past_consent(qtbot, runner)
    answer_screen(qtbot, view, {"age": "30", "region": "north", "district": "north_1"})
    click_next(qtbot, view)
    answer_screen(qtbot, view)  # functional difficulty
    click_next(qtbot, view)
    last = prompt(runner, "safe_home")
    view.scroll_area.ensureWidgetVisible(last.decline_button)
    QApplication.processEvents()
    scrolled = view.scroll_area.verticalScrollBar().value()
    assert scrolled > 0
    qtbot.mouseClick(last.decline_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert prompt(runner, "safe_home").prompt.declined
    assert view.scroll_area.verticalScrollBar().value() >= scrolled - 5, "Decline scrolled back to the top"


# ---- drop-downs ----------------------------------------------------------------------------------------------


def _all_items_show(combo: QComboBox) -> bool:
    combo.showPopup()
    QApplication.processEvents()
    view = combo.view()
    viewport = view.viewport().rect()
    line = view.fontMetrics().height()
    ok = True
    for row in range(combo.count()):
        rect = view.visualRect(view.model().index(row, 0))
        text = view.fontMetrics().horizontalAdvance(combo.itemText(row))
        whole = viewport.top() <= rect.top() and rect.bottom() <= viewport.bottom() and text < viewport.width()
        ok = ok and whole and rect.height() >= line
    combo.hidePopup()
    return ok


def test_the_question_language_list_shows_every_language(qtbot, window):
    runner = start(window)
    assert [runner.language.itemData(i) for i in range(runner.language.count())] == ["en", "fr", "ar"]
    assert _all_items_show(runner.language)
    assert runner.language.height() >= runner.language.fontMetrics().height() + 8  # the box itself is tall enough
    window.show_settings()
    settings = window.content.currentWidget()
    for combo in settings.findChildren(QComboBox):
        assert _all_items_show(combo), combo.objectName()


# ---- arrows in Arabic ---------------------------------------------------------------------------------------


def test_next_and_back_arrows_point_the_way_of_the_language(qtbot, window):
    runner = start(window)
    assert runner.view.next_button.text().endswith("→") and runner.view.back_button.text().startswith("←")
    window.set_language("ar")
    assert window.translations.language == "ar"
    next_text, back_text = runner.view.next_button.text(), runner.view.back_button.text()
    assert next_text.endswith("←") and "→" not in next_text, next_text
    assert back_text.startswith("→") and "←" not in back_text, back_text
    assert not re.search("[A-Za-z]", next_text + back_text)
    window.set_language("en")


# ---- one message style ---------------------------------------------------------------------------------------

STYLE_FORM = """\
settings:
  form_id: message_style
  form_title: {en: Message style, fr: Style des messages}
  version: "2026.1"
  languages: [en, fr]
survey:
  - {type: integer, name: count, required: true, constraint: ". < 10", label: {en: How many?, fr: Combien ?}}
  - {type: select_one yes_no, name: seen, required: true, label: {en: Seen?, fr: Vu ?}}
choices:
  yes_no:
    - {name: "yes", label: {en: "Yes", fr: "Oui"}}
    - {name: "no", label: {en: "No", fr: "Non"}}
"""


def _field_messages(runner: Any) -> list[str]:
    return [v.message.text() for v in runner.view.question.prompts if v.message.isVisible()]


def _is_sentence(text: str) -> bool:
    return bool(text) and text[0].isupper() and text.rstrip()[-1] in ".?!" and "(" not in text and "_" not in text


def test_field_messages_share_one_style_and_follow_the_interface_language(qtbot, window, tmp_path):
    path = tmp_path / "message_style.yaml"
    path.write_text(STYLE_FORM, encoding="utf-8")
    forms_service.install_form_files(window.session, [path])
    window.set_language("fr")
    window.go_home()
    runner = start(window, "message_style")
    click_next(qtbot, runner.view)  # both required, no form message: the app's own words
    required = _field_messages(runner)
    assert len(required) == 1 or len(required) == 2
    type_into(qtbot, prompt(runner, "count"), "12")  # the form has no constraint message either
    press(Qt.Key.Key_Tab)
    type_into(qtbot, prompt(runner, "count"), "-")
    press(Qt.Key.Key_Tab)
    bad = _field_messages(runner)
    type_into(qtbot, prompt(runner, "count"), "12")
    press(Qt.Key.Key_Tab)
    constraint = _field_messages(runner)
    shown = [*required, *bad, *constraint]
    assert shown and all(_is_sentence(t) for t in shown), shown
    english = [t for t in shown if re.search(r"\b(the|an|answer|required|allowed|number)\b", t)]
    assert english == [], "English under a French interface"
    window.set_language("en")


def test_the_consent_message_is_a_translated_sentence(qtbot, window):
    window.set_language("fr")
    window.go_home()
    runner = start(window)
    click_next(qtbot, runner.view)  # consent not given
    [message] = _field_messages(runner)
    assert _is_sentence(message) and "consent" not in message.lower().split()
    window.set_language("en")


# ---- the file dialog in French -------------------------------------------------------------------------------

ENGLISH_IN_DIALOG = ("Look in", "Files of type", "File name", "Cancel", "Choose", "Open", "Save", "Folder", "Back",
                     "Forward", "Parent Directory", "Create New Folder", "List View", "Detail View", "Date Modified")


def _dialog_words(dialog: QWidget) -> list[str]:
    shown = [c for c in dialog.findChildren(QWidget) if isinstance(c, (QLabel, QAbstractButton)) and c.isVisible()]
    words = [w.text() for w in shown if w.text()]
    words += [w.toolTip() for w in dialog.findChildren(QWidget) if w.isVisible() and w.toolTip()]
    words += [c.itemText(i) for c in dialog.findChildren(QComboBox) if c.isVisible() for i in range(c.count())]
    for view in dialog.findChildren(QWidget):
        header = getattr(view, "header", None)
        model = getattr(view, "model", None)
        if callable(header) and callable(model) and view.isVisible() and model() is not None:
            words += [str(model().headerData(i, Qt.Orientation.Horizontal)) for i in range(model().columnCount())
                      if not header().isSectionHidden(i)]
    return words


def _file_dialogs() -> list[QFileDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()]


def test_the_file_dialog_speaks_french_in_a_french_interface(qtbot, window, tmp_path):
    window.set_language("fr")
    (tmp_path / "stick").mkdir()
    seen: list[str] = []

    def look() -> None:
        qtbot.waitUntil(lambda: bool(_file_dialogs()), timeout=5_000)
        [dialog] = _file_dialogs()
        try:
            dialog.setDirectory(str(tmp_path))
            QApplication.processEvents()
            seen.extend(_dialog_words(dialog))
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    file_dialogs.choose_folder(window, "Choisir la clé USB")
    window.set_language("en")
    assert seen
    english = [w for w in seen if any(re.search(rf"\b{e}\b", w) for e in ENGLISH_IN_DIALOG)]
    assert english == []


# ---- drafts told apart ---------------------------------------------------------------------------------------


def _keep(qtbot: Any, runner: Any) -> None:
    def press_keep() -> None:
        dialog = open_dialog()
        dialog.keep_button.click()  # type: ignore[union-attr]

    QTimer.singleShot(0, press_keep)
    qtbot.mouseClick(runner.stop_button, Qt.MouseButton.LeftButton)


def test_drafts_are_told_apart_by_start_time_section_and_answers(qtbot, window):
    first = start(window)
    _past_consent(qtbot, first)
    _keep(qtbot, first)  # at "About you", one answer (consent)
    second = start(window)
    _past_consent(qtbot, second)
    answer_screen(qtbot, second.view, {"age": "30", "region": "north", "district": "north_1"})
    click_next(qtbot, second.view)
    answer_screen(qtbot, second.view)  # functional difficulty
    click_next(qtbot, second.view)
    _keep(qtbot, second)  # at the safety battery, six answers
    home = window.content.currentWidget()
    assert isinstance(home, MonitorHome)
    texts = [b.text() for b in home.draft_buttons]
    assert len(texts) == 2 and texts[0] != texts[1]
    assert all(re.search(r"\b\d{1,2}:\d{2}\b", t) for t in texts), texts  # started at
    assert "About you" in texts[0] and "How safe do women" in texts[1]
    assert "1 question answered" in texts[0] and "6 questions answered" in texts[1]
    assert all("(20" not in t for t in texts)


# ---- select-all on focus -------------------------------------------------------------------------------------


def test_a_number_is_selected_when_its_field_gets_the_focus(qtbot, window):
    runner = start(window)
    _past_consent(qtbot, runner)
    edit = prompt(runner, "age").input.edit
    type_into(qtbot, prompt(runner, "age"), "34")
    click_choice(qtbot, prompt(runner, "sex"), "female")
    prompt(runner, "age").decline_button.setFocus()
    press(Qt.Key.Key_Backtab)  # back into the number, by keyboard
    assert QApplication.focusWidget() is edit
    assert edit.selectedText() == "34"
    type_keys("35")  # replaces it: no Backspaces needed
    assert edit.text() == "35"
    press(Qt.Key.Key_Tab)
    assert runner.running.interview.value("age") == 35
    # A click into the field selects it too (the first click; the next places the cursor).
    click_choice(qtbot, prompt(runner, "sex"), "male")
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(10, edit.height() // 2))
    assert edit.selectedText() == "35"


def test_a_check_the_form_could_not_run_in_time_is_said_as_the_forms_fault_with_its_code(qapp):
    message = field_messages.default_message(ErrorCode.EXPR_TIME_BUDGET)
    assert "coordinator" in message and "EXPR_TIME_BUDGET" in message
    assert "respondent" not in message  # not the respondent's answer at fault
