"""Re-make the interview runner screenshots at 1366x768.

Run under a virtual X server from the repository root:
    xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/make_runner_screenshots.py
Uses a throw-away home folder and invented answers; nothing real is shown.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screens import PASSPHRASE, unlock, window_shot

from napsurvey.gui.app import build_window, configure_application
from napsurvey.gui.dialog_guard import open_dialogs
from napsurvey.gui.interview import InterviewRunner
from napsurvey.services import forms as forms_service
from napsurvey.services import interviews
from napsurvey.services import session as services

REFERRALS = {
    "north_2": [
        {"name": "North district health centre", "kind": "medical", "contact": "Main road, next to the market · 0800 100 200",
         "hours": "Every day, 8:00–18:00", "languages": ["English", "Français"]},
        {"name": "Women's listening centre", "kind": "psychosocial", "contact": "Community hall, ask for the duty counsellor",
         "hours": "Mon–Fri, 9:00–16:00"},
        {"name": "Legal aid clinic", "kind": "legal", "contact": "Court house, room 4 · free of charge", "hours": "Tue and Thu"},
        {"name": "Safe house hotline", "kind": "shelter", "contact": "0800 555 010 (free, 24 h)"},
    ]
}


BATTERY = """\
settings:
  form_id: battery
  form_title: Feeling safe (example)
  version: "2026.1"
survey:
  - {type: begin_group, name: safety, appearance: table-list, label: How safe do you feel?}
  - {type: select_one scale, name: day, label: During the day}
  - {type: select_one scale, name: night, label: After dark}
  - {type: select_one scale, name: market, label: At the market}
  - {type: end_group}
  - {type: select_one agree, name: overall, appearance: likert, label: Things are safer than a year ago}
choices:
  scale:
    - {name: very_safe, label: Very safe}
    - {name: safe, label: Fairly safe}
    - {name: unsafe, label: Fairly unsafe}
    - {name: very_unsafe, label: Very unsafe}
  agree:
    - {name: a1, label: Strongly disagree}
    - {name: a2, label: Disagree}
    - {name: a3, label: Neither}
    - {name: a4, label: Agree}
    - {name: a5, label: Strongly agree}
"""


def keep_draft(runner: InterviewRunner) -> None:
    """Press "Keep as draft" in the Stop dialog once it is open."""
    dialogs = open_dialogs()
    if not dialogs:
        QTimer.singleShot(50, lambda: keep_draft(runner))
        return
    dialogs[-1].keep_button.click()  # type: ignore[attr-defined]


def click(runner: InterviewRunner, name: str, choice: str) -> None:
    for view in runner.view.question.prompts:
        if view.name == name:
            button = next(b for b in view.input.buttons if b.property("choice") == choice)
            QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())
            return
    raise AssertionError(name)


def type_(runner: InterviewRunner, name: str, text: str) -> None:
    view = next(v for v in runner.view.question.prompts if v.name == name)
    QTest.keyClicks(view.input.edit, text)


def main() -> int:
    configure_application()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "monitor"
        services.create_vault(home, "monitor", PASSPHRASE)
        session = services.unlock(home, PASSPHRASE)
        session.put_setting(interviews.REFERRALS_KEY, REFERRALS)
        session.sign_off_training(date.today(), "SUP-07")
        session.lock()
        window = build_window(app, home, services)
        window.show()
        QTest.qWaitForWindowExposed(window)
        unlock(window, PASSPHRASE)
        QApplication.processEvents()
        window.start_interview("community_safety")
        runner = window.content.currentWidget()
        assert isinstance(runner, InterviewRunner)
        window_shot(window, "runner-consent")
        click(runner, "consent", "yes")
        QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        type_(runner, "age", "34")
        click(runner, "sex", "female")
        click(runner, "region", "north")
        QApplication.processEvents()
        click(runner, "district", "north_3")  # no service listed there: the panel says so, then shows the nearest
        QTest.mouseClick(runner.referral_button, Qt.MouseButton.LeftButton)
        window_shot(window, "runner-referral-nearest")
        QTest.mouseClick(runner.referrals.close_button, Qt.MouseButton.LeftButton)
        click(runner, "district", "north_2")
        window_shot(window, "runner-field-list")
        QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        click(runner, "functional_difficulty", "no_difficulty")
        window_shot(window, "runner-select")
        QTest.mouseClick(runner.referral_button, Qt.MouseButton.LeftButton)
        window_shot(window, "runner-referral-panel")
        QTest.mouseClick(runner.referrals.close_button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
        for name, choice in (("safe_night", "very_unsafe"), ("safe_transport", "fairly_unsafe"), ("safe_home", "very_safe")):
            QApplication.processEvents()
            click(runner, name, choice)
        QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
        answers = {"access_health": "easily", "access_police": "difficult", "access_justice": "no", "access_psychosocial": "dont_know"}
        for name, choice in answers.items():
            QApplication.processEvents()
            click(runner, name, choice)
        QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        click(runner, "service_barriers", "distance")
        QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
        for name in ("heard_1325", "heard_nap"):
            QApplication.processEvents()
            click(runner, name, "yes")
            QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
        for name, choice in (("meeting_voice", "did_not_attend"), ("peace_committee_women", "yes"), ("women_influence", "some")):
            QApplication.processEvents()
            click(runner, name, choice)
            QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        view = next(v for v in runner.view.question.prompts if v.name == "participation_barriers")
        QTest.mouseClick(view.decline_button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
        QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)  # the closing note
        window_shot(window, "runner-review")
        QTest.mouseClick(runner.view.next_button, Qt.MouseButton.LeftButton)
        window_shot(window, "runner-completed")
        window.go_home()

        # A battery sharing one list, drawn as ODK's table-list grid, and a likert scale.
        path = Path(tmp) / "battery.yaml"
        path.write_text(BATTERY, encoding="utf-8")
        session = window.session
        assert session is not None
        forms_service.install_form_files(session, [path])
        window.start_interview("battery")
        runner = window.content.currentWidget()
        assert isinstance(runner, InterviewRunner)
        [table] = runner.view.question.tables
        for name, column in (("day", 0), ("night", 3), ("market", 1)):
            cell = table.rows[name].cells[column]
            QTest.mouseClick(cell, Qt.MouseButton.LeftButton, pos=cell.rect().center())
        window_shot(window, "runner-table-list")

        # Stop and keep the draft: the home page tells drafts apart without showing an answer.
        QTimer.singleShot(300, lambda: keep_draft(runner))
        QTest.mouseClick(runner.stop_button, Qt.MouseButton.LeftButton)
        window_shot(window, "monitor-home-drafts")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
