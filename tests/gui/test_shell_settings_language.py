"""Settings live in the vault; the language switch retranslates at run time; training sign-off."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import PASSPHRASE, open_dialog, unlock
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from napsurvey.gui import i18n
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.settings_page import KEY_FONT_PT, KEY_IDLE_MINUTES, KEY_NEUTRAL_TITLE, SettingsPage
from napsurvey.paths import shipped_forms_dir
from napsurvey.services import interviews
from napsurvey.vault.repo import forms as forms_repo


@pytest.fixture
def unlocked(qtbot, make_window, monitor_vault):
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    return window


def _open_settings(qtbot, window) -> SettingsPage:
    qtbot.mouseClick(window.header.settings_button, Qt.MouseButton.LeftButton)
    page = window.content.currentWidget()
    assert isinstance(page, SettingsPage)
    return page


def test_settings_are_stored_inside_the_vault_not_in_qsettings(qtbot, unlocked, monitor_vault, qt_settings_dir):
    page = _open_settings(qtbot, unlocked)
    page.idle.setCurrentIndex(page.idle.findData(10))
    page.neutral_title.clear()
    qtbot.keyClicks(page.neutral_title, "Budget notes 2026")
    page.font_size.setCurrentIndex(page.font_size.findData(14))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    session = unlocked.session
    assert session.get_setting(KEY_IDLE_MINUTES, None) == 10
    assert session.get_setting(KEY_NEUTRAL_TITLE, None) == "Budget notes 2026"
    assert session.get_setting(KEY_FONT_PT, None) == 14
    assert unlocked.windowTitle() == "Budget notes 2026"
    assert QApplication.font().pointSize() == 14
    # Nothing of it in plaintext: not in Qt's settings folder, not in any plain file of the home.
    for path in [*qt_settings_dir.rglob("*"), *monitor_vault.rglob("*")]:
        if path.is_file():
            assert b"Budget notes" not in path.read_bytes(), path.name

    # Lock and unlock: the values come back from the vault.
    qtbot.mouseClick(unlocked.header.lock_button, Qt.MouseButton.LeftButton)
    assert unlocked.session is None
    unlock(qtbot, unlocked)
    page = _open_settings(qtbot, unlocked)
    assert page.idle.currentData() == 10
    assert page.neutral_title.text() == "Budget notes 2026"
    assert unlocked.header.title_label.text() == "Budget notes 2026"


def test_language_switch_retranslates_visible_labels_to_french(qtbot, unlocked, monitor_vault):
    assert unlocked.header.hide_button.text() == "Hide"
    page = _open_settings(qtbot, unlocked)
    page.language.setCurrentIndex(page.language.findData("fr"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert unlocked.header.hide_button.text() == "Masquer"
    assert page.title.text() == "Paramètres"
    assert i18n.read_language(monitor_vault) == "fr"
    qtbot.mouseClick(unlocked.header.home_button, Qt.MouseButton.LeftButton)
    home_page = unlocked.content.currentWidget()
    assert isinstance(home_page, MonitorHome)
    assert home_page.forms_title.text() == "Questionnaires"
    assert home_page.drafts_title.text() == "Brouillons à reprendre"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_switches_the_layout_right_to_left(qtbot, unlocked, monkeypatch):
    monkeypatch.setattr(i18n, "available_languages", lambda: ["en", "fr", "ar"])
    unlocked.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    unlocked.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_unlock_screen_speaks_the_stored_language(qtbot, make_window, monitor_vault):
    i18n.write_language(monitor_vault, "fr")
    window = make_window(monitor_vault)
    assert window.unlock_page.unlock_button.text() == "Déverrouiller"


def test_training_sign_off_through_the_dialog(qtbot, unlocked):
    home_page = unlocked.content.currentWidget()
    assert isinstance(home_page, MonitorHome)
    assert "Not signed off" in home_page.training_text.text()

    def fill() -> None:
        dialog = open_dialog()
        qtbot.keyClicks(dialog.code, "SUP-07")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(home_page.training_button, Qt.MouseButton.LeftButton)
    assert unlocked.session.training().supervisor_code == "SUP-07"
    assert date.today().isoformat() in home_page.training_text.text()


def test_a_refused_supervisor_code_shows_the_coded_message(qtbot, unlocked):
    home_page = unlocked.content.currentWidget()
    home_page.record_training(date.today(), "no spaces allowed")
    assert home_page.training_error.isVisible()
    assert "(TRAINING_SUPERVISOR_CODE)" in home_page.training_error.text()
    assert unlocked.session.training() is None


def test_training_sign_off_lifts_the_training_lock_of_a_high_form(qtbot, make_window, monitor_vault, services):
    # A high-sensitivity form arrives in a coordinator's kit with a study protocol; simulate that part.
    session = services.unlock(monitor_vault, PASSPHRASE)
    forms_repo.install_form(session.vault, (shipped_forms_dir() / "crsv_incident.yaml").read_text(), "kit")
    session.put_setting(interviews.PROTOCOL_KEY, {"name": "test protocol"})
    session.lock()
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    home_page = window.content.currentWidget()
    tile = next(t for t in home_page.form_cards if t.form.sensitivity == "high")
    assert tile.locked and not tile.start_button.isEnabled()
    assert "INTERVIEW_NOT_TRAINED" in tile.reason.text()
    normal = [t for t in home_page.form_cards if t.form.sensitivity == "normal"]
    assert normal and not any(t.locked for t in normal)

    home_page.record_training(date.today(), "SUP-07")
    tile = next(t for t in home_page.form_cards if t.form.sensitivity == "high")
    assert "INTERVIEW_NOT_TRAINED" not in tile.reason.text()
    # The next gate (services before disclosure) still holds until a referral directory is installed.
    assert "INTERVIEW_NO_REFERRAL" in tile.reason.text()
