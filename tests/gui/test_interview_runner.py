"""The interview runner driven through its real widgets: every shipped form, validation, declines, drafts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_support import PASSPHRASE, open_dialog, unlock
from interview_driver import answer_screen, click_choice, click_next, prompt, run_to_review, type_into
from PySide6.QtCore import Qt, QTimer

from napsurvey.errors import ErrorCode
from napsurvey.gui.interview import InterviewRunner, StartRefusedPage
from napsurvey.gui.interview.stop_dialog import StopDialog
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.window import MainWindow
from napsurvey.paths import shipped_forms_dir
from napsurvey.services import enrollment
from napsurvey.services.session import create_vault
from napsurvey.services.session import unlock as open_vault

NORMAL_FORMS = ["community_safety", "nap_key_informant", "security_sector_audit"]
REFERRALS = {
    "north_1": [
        {"name": "North district health centre", "kind": "medical", "contact": "Main road, next to the market",
         "hours": "Every day 8-18", "languages": ["en", "fr"]},
        {"name": "Women's listening centre", "kind": "psychosocial", "contact": "Ask for Amina at the community hall"},
    ]
}
PROTOCOL = {"title": "CRSV documentation study", "reference": "ERB-2026-014", "approved_by": "National ethics board",
            "approved_day": "2026-01-10"}


@pytest.fixture
def window(qtbot: Any, make_window: Any, monitor_vault: Path) -> MainWindow:
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    assert isinstance(win.content.currentWidget(), MonitorHome)
    return win


def start(window: MainWindow, form_id: str) -> InterviewRunner:
    """Click Start on the form's card on the home page."""
    home = window.content.currentWidget()
    assert isinstance(home, MonitorHome)
    card = next(c for c in home.form_cards if c.form_id == form_id)
    card.start_button.click()
    runner = window.content.currentWidget()
    assert isinstance(runner, InterviewRunner), runner
    return runner


def records(window: MainWindow) -> list[dict[str, Any]]:
    rows = window.session.vault.connection.execute("SELECT form_id, data FROM records ORDER BY id").fetchall()
    return [{"form_id": r[0], **json.loads(r[1])} for r in rows]


def outcomes(window: MainWindow) -> dict[str, int]:
    rows = window.session.vault.connection.execute("SELECT status, sum(n) FROM outcomes GROUP BY status").fetchall()
    return {str(r[0]): int(r[1]) for r in rows}


def drafts(window: MainWindow) -> int:
    return int(window.session.vault.connection.execute("SELECT count(*) FROM drafts").fetchone()[0])


def enroll_kit_with_referrals(home: Path, tmp_path: Path) -> None:
    """A coordinator's kit carrying the high-sensitivity form, its referral directory and protocol."""
    coordinator_home = tmp_path / "coordinator"
    create_vault(coordinator_home, "coordinator", PASSPHRASE)
    text = (shipped_forms_dir() / "crsv_incident.yaml").read_text(encoding="utf-8")
    from napsurvey.bundle.formats import ReferralService, StudyProtocol

    with open_vault(coordinator_home, PASSPHRASE) as coordinator:
        kit = enrollment.create_kit(
            coordinator,
            form_texts=[text],
            referrals={a: [ReferralService(**s) for s in v] for a, v in REFERRALS.items()},
            protocol=StudyProtocol(**PROTOCOL),
            today="2026-02-01",
        )
        sealed_kit = enrollment.seal_kit(coordinator, kit)
    with open_vault(home, PASSPHRASE) as monitor:
        enrollment.enroll(monitor, sealed_kit.data, path="kit", today="2026-02-01", code=sealed_kit.code)


# ---- every shipped form, to completion ------------------------------------------------------------


@pytest.mark.parametrize("form_id", NORMAL_FORMS)
def test_each_shipped_form_runs_to_completion_through_the_widgets(qtbot, window, form_id):
    runner = start(window, form_id)
    assert drafts(window) == 1
    run_to_review(qtbot, runner)
    assert runner.view.review_page.rows  # the review lists the answers
    assert runner.view.next_button.isEnabled()
    click_next(qtbot, runner.view)  # Complete
    assert runner.stack.currentWidget() is runner.ending
    assert runner.completion is not None and runner.completion.status == "complete"
    stored = records(window)
    assert [r["form_id"] for r in stored] == [form_id]
    assert drafts(window) == 0
    qtbot.mouseClick(runner.ending.home_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.content.currentWidget(), MonitorHome)


def test_high_sensitivity_form_is_refused_without_training(qtbot, make_window, monitor_vault, tmp_path):
    enroll_kit_with_referrals(monitor_vault, tmp_path)
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    window.start_interview("crsv_incident")  # the home page keeps its button disabled; the gate holds anyway
    page = window.content.currentWidget()
    assert isinstance(page, StartRefusedPage)
    assert page.code is ErrorCode.INTERVIEW_NOT_TRAINED
    assert "INTERVIEW_NOT_TRAINED" in page.detail.text()
    assert drafts(window) == 0
    page.home_button.click()
    assert isinstance(window.content.currentWidget(), MonitorHome)


def test_high_sensitivity_form_without_a_kit_cannot_start_even_when_trained(qtbot, window):
    window.session.sign_off_training(date.today(), "SUP-07")
    window.start_interview("crsv_incident")
    page = window.content.currentWidget()
    # Only a coordinator's kit installs it (with its protocol and referral directory).
    assert isinstance(page, StartRefusedPage) and page.code is ErrorCode.VAULT_FORM_NOT_INSTALLED
    assert drafts(window) == 0


def test_high_sensitivity_form_runs_with_training_kit_and_shows_referrals(qtbot, make_window, monitor_vault, tmp_path):
    enroll_kit_with_referrals(monitor_vault, tmp_path)
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    window.session.sign_off_training(date.today(), "SUP-07")
    window.go_home()
    runner = start(window, "crsv_incident")
    # The referral panel is one click away, from the very first (consent) screen.
    qtbot.mouseClick(runner.referral_button, Qt.MouseButton.LeftButton)
    assert runner.referrals.isVisible()
    names = [c.findChild(type(runner.referrals.title), "ReferralName").text() for c in runner.referrals.list.cards]
    assert "North district health centre" in names
    run_to_review(qtbot, runner, {"region": "north", "district": "north_1"})
    click_next(qtbot, runner.view)
    assert runner.completion is not None and runner.completion.status == "complete"
    # ...and shown again at the end, for the respondent's district.
    assert len(runner.ending.referrals.cards) == 2
    assert [r["form_id"] for r in records(window)] == ["crsv_incident"]


# ---- validation, decline, consent ----------------------------------------------------------------


def test_constraint_message_shows_next_to_the_field_and_blocks_next(qtbot, window):
    runner = start(window, "community_safety")
    answer_screen(qtbot, runner.view)  # consent: yes
    click_next(qtbot, runner.view)
    age = prompt(runner, "age")
    type_into(qtbot, age, "150")
    assert age.message.isVisible()
    assert age.message.text() == "Enter an age between 0 and 110."
    screen_before = runner.view.current
    click_next(qtbot, runner.view)
    assert runner.view.current is not None and runner.view.current.name == screen_before.name
    type_into(qtbot, prompt(runner, "age"), "40")
    assert not prompt(runner, "age").message.isVisible()


def test_required_message_appears_only_after_next(qtbot, window):
    runner = start(window, "community_safety")
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)
    assert not prompt(runner, "age").message.isVisible()
    click_next(qtbot, runner.view)
    assert prompt(runner, "age").message.text() == "The age is needed to know whether the survey can continue."


def test_a_question_can_be_declined_and_the_decline_is_kept(qtbot, window):
    runner = start(window, "community_safety")
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)
    answer_screen(qtbot, runner.view)  # about you
    click_next(qtbot, runner.view)
    answer_screen(qtbot, runner.view)  # functional difficulty
    click_next(qtbot, runner.view)
    night = prompt(runner, "safe_night")
    qtbot.mouseClick(night.decline_button, Qt.MouseButton.LeftButton)
    night = prompt(runner, "safe_night")
    assert night.declined_badge.isVisible()
    assert not night.input.isEnabled() or night.prompt.read_only or night.prompt.declined
    run_to_review(qtbot, runner, {"safe_night": None})
    review_texts = [b.text() for b in runner.view.review_page.rows if b.property("question") == "safe_night"]
    assert review_texts == ["Declined"]
    click_next(qtbot, runner.view)
    record = records(window)[0]
    assert "safe_night" not in record or record["safe_night"] != "very_safe"


def test_consent_comes_first_without_decline_and_sections_closed(qtbot, window):
    runner = start(window, "community_safety")
    view = runner.view
    assert [p.name for p in view.question.prompts] == ["consent"]
    assert not prompt(runner, "consent").decline_button.isVisible()
    assert not view.sections.list.isEnabled()
    assert view.step.text() == "Consent"
    click_next(qtbot, view)  # no answer: consent must be recorded
    assert [p.name for p in view.question.prompts] == ["consent"]
    assert prompt(runner, "consent").message.isVisible()
    answer_screen(qtbot, view)
    click_next(qtbot, view)
    assert view.sections.list.isEnabled()
    assert prompt(runner, "age").decline_button.isVisible()


def test_refused_consent_shows_the_kind_message_and_keeps_only_a_count(qtbot, window):
    runner = start(window, "community_safety")
    click_choice(qtbot, prompt(runner, "consent"), "no")
    click_next(qtbot, runner.view)
    assert runner.stack.currentWidget() is runner.ending
    assert runner.ending.message.text() == "Thank you for your time. Nothing from this conversation is recorded."
    assert outcomes(window) == {"refused": 1}
    assert records(window) == [] and drafts(window) == 0


def test_child_respondent_ends_kindly_and_keeps_only_a_count(qtbot, window):
    runner = start(window, "community_safety")
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)
    answer_screen(qtbot, runner.view, {"age": "15"})
    click_next(qtbot, runner.view)
    assert runner.stack.currentWidget() is runner.ending
    assert "only for adults" in runner.ending.message.text()
    assert outcomes(window) == {"ended_child": 1}
    assert records(window) == [] and drafts(window) == 0


# ---- review, sections ------------------------------------------------------------------------------


def test_review_answer_click_goes_back_to_change_it(qtbot, window):
    runner = start(window, "community_safety")
    run_to_review(qtbot, runner)
    row = next(b for b in runner.view.review_page.rows if b.property("question") == "sex")
    assert row.text() == "Woman"
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    click_choice(qtbot, prompt(runner, "sex"), "male")
    run_to_review(qtbot, runner, {"sex": "male"})
    row = next(b for b in runner.view.review_page.rows if b.property("question") == "sex")
    assert row.text() == "Man"


def test_section_list_jumps_back_to_a_reached_section(qtbot, window):
    runner = start(window, "community_safety")
    for _ in range(3):
        answer_screen(qtbot, runner.view)
        click_next(qtbot, runner.view)
    items = runner.view.sections.list
    labels = [items.item(i).text() for i in range(items.count())]
    target = next(i for i, text in enumerate(labels) if text.startswith("✓ About you") or text.startswith("About you"))
    item = items.item(target)
    assert item.flags() & Qt.ItemFlag.ItemIsEnabled
    rect = items.visualItemRect(item)
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert runner.view.current.name == "respondent"


# ---- drafts: stop, keep, resume, discard ------------------------------------------------------------


def _answer_dialog(choice: str) -> None:
    def press() -> None:
        dialog = open_dialog()
        assert isinstance(dialog, StopDialog)
        {"keep": dialog.keep_button, "discard": dialog.discard_button, "cancel": dialog.cancel_button}[choice].click()

    QTimer.singleShot(0, press)


def test_stop_keep_draft_then_resume_restores_the_answers(qtbot, window):
    runner = start(window, "community_safety")
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)
    answer_screen(qtbot, runner.view, {"age": "41", "sex": "male", "region": "east", "district": "east_2"})
    _answer_dialog("keep")
    qtbot.mouseClick(runner.stop_button, Qt.MouseButton.LeftButton)
    home = window.content.currentWidget()
    assert isinstance(home, MonitorHome)
    assert drafts(window) == 1
    assert home.draft_buttons, "the draft is offered for resuming"
    home.draft_buttons[0].click()
    resumed = window.content.currentWidget()
    assert isinstance(resumed, InterviewRunner)
    assert prompt(resumed, "age").input.edit.text() == "41"
    assert prompt(resumed, "district").input.focus_target().property("choice") == "east_2"
    sex = prompt(resumed, "sex").input
    assert [b.property("choice") for b in sex.buttons if b.isChecked()] == ["male"]


def test_stop_and_discard_destroys_the_draft_and_counts_it(qtbot, window):
    runner = start(window, "community_safety")
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)
    _answer_dialog("discard")
    qtbot.mouseClick(runner.stop_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.content.currentWidget(), MonitorHome)
    assert drafts(window) == 0 and outcomes(window) == {"stopped": 1}


def test_stop_cancel_continues_the_interview(qtbot, window):
    runner = start(window, "community_safety")
    _answer_dialog("cancel")
    qtbot.mouseClick(runner.stop_button, Qt.MouseButton.LeftButton)
    assert window.content.currentWidget() is runner
    assert drafts(window) == 1


def test_every_answer_is_saved_in_the_draft_at_once(qtbot, window):
    runner = start(window, "community_safety")
    answer_screen(qtbot, runner.view)
    click_next(qtbot, runner.view)
    click_choice(qtbot, prompt(runner, "sex"), "female")
    snapshot = json.loads(window.session.vault.connection.execute("SELECT snapshot FROM drafts").fetchone()[0])
    assert ["sex", [], "female"] in snapshot["answers"]
