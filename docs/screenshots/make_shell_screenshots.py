"""Re-make the desktop app screenshots at 1366x768.

Run under a virtual X server from the repository root:
    xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/make_shell_screenshots.py
Uses a throw-away home folder; nothing real is shown.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screens import PASSPHRASE, unlock, wait_checked, window_shot

from napsurvey.gui.app import build_window, configure_application
from napsurvey.gui.training_dialog import TrainingDialog
from napsurvey.paths import shipped_forms_dir
from napsurvey.services import interviews
from napsurvey.services import session as services
from napsurvey.vault.repo import forms as forms_repo


def main() -> int:
    configure_application()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "monitor"
        window = build_window(app, home, services)
        window.show()
        QTest.qWaitForWindowExposed(window)
        wizard = window.content.currentWidget()
        window_shot(window, "wizard-role")
        QTest.mouseClick(wizard.role_page.next_button, Qt.MouseButton.LeftButton)
        QTest.keyClicks(wizard.passphrase_page.passphrase, PASSPHRASE)
        QTest.keyClicks(wizard.passphrase_page.confirm, PASSPHRASE)
        window_shot(window, "wizard-passphrase")
        QTest.mouseClick(wizard.passphrase_page.next_button, Qt.MouseButton.LeftButton)
        while wizard.busy:  # the vault is made off the GUI thread
            QTest.qWait(20)
        window_shot(window, "wizard-recovery-key")
        QTest.mouseClick(wizard.key_page.written, Qt.MouseButton.LeftButton)
        QTest.mouseClick(wizard.key_page.next_button, Qt.MouseButton.LeftButton)
        window_shot(window, "unlock")
        page = window.unlock_page
        for _ in range(4):
            QTest.keyClicks(page.passphrase, "wrong guess")
            page.unlock_button.setEnabled(True)
            page._wait_left = 0  # noqa: SLF001 - skip the real wait between the staged wrong attempts
            QTest.keyClick(page.passphrase, Qt.Key.Key_Return)
            wait_checked(window)
        window_shot(window, "unlock-wrong-passphrase")
        window.close()

        # A monitor not enrolled yet: the sensitive questionnaires say what they need; export says what to do.
        home1 = Path(tmp) / "new-monitor"
        services.create_vault(home1, "monitor", PASSPHRASE)
        window = build_window(app, home1, services)
        window.show()
        QTest.qWaitForWindowExposed(window)
        unlock(window, PASSPHRASE)
        window_shot(window, "monitor-home-new")
        window.home_page.sync_panel.export_button.click()
        window_shot(window, "export-not-enrolled")
        window.set_language("ar")
        window_shot(window, "monitor-home-ar")
        window.set_language("en")
        window.close()

        # A fresh window, as after a restart (the failed-attempt delay is in the home folder).
        home2 = Path(tmp) / "monitor2"
        services.create_vault(home2, "monitor", PASSPHRASE)
        # A sensitive form as it arrives in a coordinator's kit, with its study protocol.
        session = services.unlock(home2, PASSPHRASE)
        forms_repo.install_form(session.vault, (shipped_forms_dir() / "crsv_incident.yaml").read_text(), "kit")
        session.put_setting(interviews.PROTOCOL_KEY, {"name": "example protocol"})
        session.put_setting(interviews.REFERRALS_KEY, {"north_1": [{"name": "North district health centre", "kind": "medical"}]})
        session.lock()
        window = build_window(app, home2, services)
        window.show()
        QTest.qWaitForWindowExposed(window)
        unlock(window, PASSPHRASE)
        window_shot(window, "monitor-home")
        dialog = TrainingDialog(window)
        dialog.show()
        QTest.qWaitForWindowExposed(dialog)
        window_shot(dialog, "training-sign-off")
        dialog.close()
        window.home_page.record_training(date.today(), "SUP-07")
        window_shot(window, "monitor-home-trained")
        window.show_settings()
        window_shot(window, "settings")
        window.set_language("fr")
        window_shot(window, "settings-fr")
        window.set_language("en")
        window.quick_hide()
        window_shot(window, "quick-hide")
        window.close()

        home3 = Path(tmp) / "coordinator"
        services.create_vault(home3, "coordinator", PASSPHRASE)
        window = build_window(app, home3, services)
        window.show()
        QTest.qWaitForWindowExposed(window)
        unlock(window, PASSPHRASE)
        window_shot(window, "coordinator-home")
        window.home_page.show_section("devices")
        window_shot(window, "coordinator-devices")
        window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
