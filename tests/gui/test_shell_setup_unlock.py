"""First run and unlock, driven through the real widgets."""

from __future__ import annotations

from gui_support import PASSPHRASE, unlock, wait_until_checked
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from napsurvey.gui.coordinator_home import CoordinatorHome
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.setup_wizard import SetupWizard
from napsurvey.gui.unlock import RecoverPage, UnlockPage


def test_wizard_sets_up_a_vault_then_shows_the_unlock_screen(qtbot, make_window, home, services):
    QApplication.clipboard().clear()  # another test may have left text there
    window = make_window(home)
    wizard = window.content.currentWidget()
    assert isinstance(wizard, SetupWizard)
    wizard.role_page.monitor.setChecked(True)
    qtbot.mouseClick(wizard.role_page.next_button, Qt.MouseButton.LeftButton)
    page = wizard.passphrase_page
    assert wizard.stack.currentWidget() is page
    assert "nobody can open this data" in page.warning.text()
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    assert page.meter.value() >= 3
    assert not page.next_button.isEnabled()  # confirmation not typed yet
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    assert page.next_button.isEnabled()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    wait_until_checked(qtbot, page)

    key_page = wizard.key_page
    assert wizard.stack.currentWidget() is key_page
    shown_key = key_page.key.text()
    assert len(shown_key.replace("-", "").replace("\n", "")) >= 20
    assert key_page.key.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert not key_page.next_button.isEnabled()
    qtbot.mouseClick(key_page.written, Qt.MouseButton.LeftButton)
    assert key_page.next_button.isEnabled()
    qtbot.mouseClick(key_page.next_button, Qt.MouseButton.LeftButton)

    assert services.vault_exists(home)
    assert isinstance(window.unlock_page, UnlockPage)
    assert QApplication.clipboard().text() == ""  # the key is shown, never copied
    assert page.passphrase.text() == "" and page.confirm.text() == ""


def test_wizard_refuses_a_weak_passphrase_with_a_coded_message(qtbot, make_window, home, services):
    window = make_window(home)
    wizard = window.content.currentWidget()
    qtbot.mouseClick(wizard.role_page.next_button, Qt.MouseButton.LeftButton)
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, "abc")
    qtbot.keyClicks(page.confirm, "abc")
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    wait_until_checked(qtbot, page)
    assert "VAULT_WEAK_PASSPHRASE" in page.error.text()
    assert not services.vault_exists(home)


def test_wrong_passphrase_shows_the_code_and_the_delay(qtbot, make_window, monitor_vault):
    window = make_window(monitor_vault)
    page = window.unlock_page
    for _ in range(4):  # the first three failures are free; the fourth imposes a wait
        qtbot.waitUntil(page.unlock_button.isEnabled)
        unlock(qtbot, window, "not the passphrase")
    assert window.session is None
    assert "VAULT_WRONG_PASSPHRASE" in page.error.text()
    assert page.error.isVisible()
    assert page.wait_seconds > 0
    assert not page.unlock_button.isEnabled()
    assert page.countdown.isVisible() and any(ch.isdigit() for ch in page.countdown.text())


def test_right_passphrase_and_enter_open_the_monitor_home(qtbot, make_window, monitor_vault):
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    assert window.session is not None
    assert isinstance(window.content.currentWidget(), MonitorHome)
    assert window.header.lock_button.isVisible()


def test_coordinator_gets_its_own_home_with_titled_sections(qtbot, make_window, coordinator_vault):
    window = make_window(coordinator_vault)
    unlock(qtbot, window)
    home_page = window.content.currentWidget()
    assert isinstance(home_page, CoordinatorHome)
    titles = [home_page.nav.item(i).text() for i in range(home_page.nav.count())]
    assert titles == ["Overview", "Devices", "Bundles", "Coverage", "Reports and tables", "National Action Plan", "Hub"]
    home_page.show_section("devices")
    assert home_page.stack.currentWidget() is home_page.pages["devices"]


def test_forgotten_passphrase_path_uses_the_recovery_key(qtbot, make_window, home, services):
    result = services.create_vault(home, "monitor", PASSPHRASE)
    window = make_window(home)
    qtbot.mouseClick(window.unlock_page.forgot_button, Qt.MouseButton.LeftButton)
    page = window.content.currentWidget()
    assert isinstance(page, RecoverPage)
    qtbot.keyClicks(page.key, "0000-0000-0000-0000-0000-0000-0000-0000")
    qtbot.keyClicks(page.passphrase, "a new long passphrase 7")
    qtbot.keyClicks(page.confirm, "a new long passphrase 7")
    qtbot.mouseClick(page.ok_button, Qt.MouseButton.LeftButton)
    wait_until_checked(qtbot, page)
    assert "VAULT_WRONG_RECOVERY_KEY" in page.error.text()
    page.key.clear()
    qtbot.keyClicks(page.key, result.recovery_key.lower())
    qtbot.mouseClick(page.ok_button, Qt.MouseButton.LeftButton)
    wait_until_checked(qtbot, page)
    assert window.session is not None
    assert isinstance(window.content.currentWidget(), MonitorHome)
