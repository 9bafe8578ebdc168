"""Finding 8: the sensitive form's path explained where the monitor stands.

The CRSV form was invisible until a kit brought it; its lock message did not
point to the training sign-off; the sign-off took the supervisor code "x";
the coordinator's kit dialog could not carry the form at all.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from gui_support import open_dialog, unlock
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel
from runner_setup import SUPERVISOR, enroll_with_crsv_kit
from sync_setup import make_homes

from napsurvey.bundle import sealed
from napsurvey.gui import file_dialogs
from napsurvey.gui.coordinator_home import CoordinatorHome
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.training_dialog import TrainingDialog
from napsurvey.gui.window import MainWindow
from napsurvey.services import enrollment

CRSV = "crsv_incident"


def _home(window: MainWindow) -> MonitorHome:
    page = window.content.currentWidget()
    assert isinstance(page, MonitorHome)
    return page


def _card(window: MainWindow) -> Any:
    cards = [c for c in _home(window).form_cards if c.form_id == CRSV]
    assert cards, "the sensitive form is not listed on the home page"
    return cards[0]


def _texts(widget: Any) -> list[str]:
    return [w.text() for w in widget.findChildren(QLabel) if w.isVisible() and w.text()]


@pytest.fixture
def window(qtbot: Any, make_window: Any, monitor_vault: Path) -> MainWindow:
    win = make_window(monitor_vault)
    unlock(qtbot, win)
    return win


def test_the_sensitive_form_is_listed_before_any_kit_with_what_it_needs(qtbot, window, monkeypatch):
    card = _card(window)
    assert card.locked and not card.start_button.isEnabled()
    shown = " ".join(_texts(card))
    assert "Incident monitoring (protection)" in shown
    assert set(card.need_buttons) == {"kit", "training"}
    assert "kit" in card.need_texts["kit"].text().lower() and "protocol" in card.need_texts["kit"].text().lower()
    assert "training" in card.need_texts["training"].text().lower()
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: asked.append("kit") or None)
    qtbot.mouseClick(card.need_buttons["kit"], Qt.MouseButton.LeftButton)
    assert asked == ["kit"]  # the button leads to the kit, as the sync card's does


def test_with_the_kit_the_card_points_to_the_training_sign_off(qtbot, make_window, monitor_vault, tmp_path):
    enroll_with_crsv_kit(monitor_vault, tmp_path)
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    card = _card(window)
    assert set(card.need_buttons) == {"training"}
    opened: list[str] = []

    def sign() -> None:
        dialog = open_dialog()
        assert isinstance(dialog, TrainingDialog)
        opened.append("training")
        qtbot.keyClicks(dialog.code, SUPERVISOR)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, sign)
    qtbot.mouseClick(card.need_buttons["training"], Qt.MouseButton.LeftButton)
    assert opened == ["training"]
    card = _card(window)
    assert not card.locked and card.start_button.isEnabled()


def test_the_sign_off_refuses_a_code_that_is_not_a_supervisor_code(qtbot, window):
    _home(window).record_training(date.today(), "x")
    assert window.session.training() is None, "the supervisor code 'x' was accepted"
    assert "(TRAINING_SUPERVISOR_CODE)" in _home(window).training_error.text()
    dialog = TrainingDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "SUP-07" in dialog.format_hint.text()  # the documented format, with an example
    qtbot.keyClicks(dialog.code, "x")
    assert not dialog.ok_button.isEnabled()
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "sup-07")
    assert dialog.ok_button.isEnabled()
    assert dialog.values()[1] == "SUP-07"


def test_the_coordinator_kit_can_carry_the_sensitive_form_with_protocol_and_referrals(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path)
    referrals = tmp_path / "referrals.yaml"
    referrals.write_text("north_1:\n  - {name: Clinic A, kind: medical, contact: '+000 100'}\n", encoding="utf-8")
    protocol = tmp_path / "protocol.yaml"
    protocol.write_text(
        "{title: CRSV study, reference: EC-2026-9, approved_by: Ethics board, approved_day: 2026-01-05}\n",
        encoding="utf-8",
    )
    out = tmp_path / "crsv-kit.dat"  # make_homes wrote its own kit.dat
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    window = make_window(homes.coordinator)
    unlock(qtbot, window)
    home = window.content.currentWidget()
    assert isinstance(home, CoordinatorHome)
    dialog = home.pages["devices"].create_kit()
    box = dialog.high_forms[CRSV]
    assert not box.isChecked()
    box.setChecked(True)
    dialog.write_to(out)  # no protocol yet: refused, said in the dialog
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)
    assert dialog.error.isVisible() and "(KIT_NEEDS_REFERRALS)" in dialog.error.text()
    assert not out.exists()
    dialog.set_referrals(referrals)
    dialog.set_protocol(protocol)
    dialog.write_to(out)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)
    assert not dialog.error.isVisible(), dialog.error.text()
    code = str(dialog.outcome.code.property("value"))  # the kit travels sealed to its enrollment code
    checked = enrollment.verify_kit(sealed.open_with_code(out.read_bytes(), code, path="kit"), "kit")
    kit, forms = checked.kit, checked.forms
    assert CRSV in [form.form_id for form, _text in forms]
    assert kit.protocol is not None and kit.protocol.reference == "EC-2026-9"
