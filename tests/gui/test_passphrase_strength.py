"""The strength estimate is shown while typing, in the interface language (finding H2, the desktop app)."""

from __future__ import annotations

from typing import Any

from gui_support import PASSPHRASE, unlock
from PySide6.QtCore import Qt

from napsurvey.gui.passphrase_widgets import ChangePassphraseDialog
from napsurvey.gui.setup_wizard import SetupWizard

NEW = "sunflower garden river 9"


def test_the_set_up_meter_judges_while_typing_in_french(qtbot: Any, make_window: Any, home: Any) -> None:
    window = make_window(home)
    assert window.translations.apply("fr") == "fr"
    wizard = window.content.currentWidget()
    assert isinstance(wizard, SetupWizard)
    qtbot.mouseClick(wizard.role_page.next_button, Qt.MouseButton.LeftButton)
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, "Summer2024")
    assert page.meter.value() < 4 and not page.meter.acceptable
    shown = page.meter.text.text()
    assert "date" in shown.lower() and "Summer" not in shown  # French advice, never the passphrase itself
    assert "too easy" not in shown  # not the English text
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, NEW)
    assert page.meter.value() == 4 and page.meter.acceptable
    assert page.meter.text.text() == "Forte."


def test_change_the_passphrase_from_the_settings_with_the_meter(qtbot: Any, make_window: Any, monitor_vault: Any,
                                                                services: Any) -> None:
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    window.show_settings()
    page = window.content.currentWidget()
    qtbot.mouseClick(page.passphrase_button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in window.findChildren(ChangePassphraseDialog) if d.isVisible())
    qtbot.keyClicks(dialog.old, PASSPHRASE)
    qtbot.keyClicks(dialog.new, "password12")
    qtbot.keyClicks(dialog.confirm, "password12")
    assert dialog.meter.value() < 4 and not dialog.change_button.isEnabled()  # refused before any key work
    dialog.new.clear()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.new, NEW)
    assert not dialog.change_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, NEW)
    assert dialog.change_button.isEnabled()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.changed or dialog.error.isVisible(), timeout=20_000)
    assert dialog.changed, dialog.error.text()
    assert dialog.old.text() == dialog.new.text() == dialog.confirm.text() == ""
    dialog.accept()
    window.lock()
    unlock(qtbot, window, NEW)
    assert window.session is not None


def test_a_wrong_current_passphrase_is_refused_with_its_code(qtbot: Any, make_window: Any, monitor_vault: Any) -> None:
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    dialog = window.change_passphrase()
    assert dialog is not None
    qtbot.keyClicks(dialog.old, "not the passphrase at all")
    qtbot.keyClicks(dialog.new, NEW)
    qtbot.keyClicks(dialog.confirm, NEW)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20_000)
    assert "VAULT_WRONG_PASSPHRASE" in dialog.error.text()
    assert not dialog.changed
