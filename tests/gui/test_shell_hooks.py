"""The places other screens plug in: the interview runner, drafts, coordinator views."""

from __future__ import annotations

from datetime import date

from gui_support import PASSPHRASE, unlock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from napsurvey.gui import file_dialogs
from napsurvey.gui import window as window_module
from napsurvey.gui.coordinator_home import CoordinatorHome
from napsurvey.gui.coordinator_tables import ViewTable
from napsurvey.gui.dialogs import ErrorDialog
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.services import enrollment, interviews


def test_start_interview_opens_the_runner_workspace_and_hide_drops_it(qtbot, make_window, monitor_vault, monkeypatch):
    made: list[tuple[str, str | None]] = []

    def create_runner(session, *, form_id, draft_id, language, close):
        made.append((form_id, draft_id))
        page = QWidget()
        QLabel("canary answer 7781", page).setObjectName("Answer")
        return page

    monkeypatch.setattr(window_module, "create_runner", create_runner)
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    home_page = window.content.currentWidget()
    tile = next(t for t in home_page.form_cards if not t.locked)
    with qtbot.waitSignal(window.start_interview_requested) as signal:
        qtbot.mouseClick(tile.start_button, Qt.MouseButton.LeftButton)
    assert signal.args == [tile.form_id]
    assert made == [(tile.form_id, None)]
    runner = window.content.currentWidget()
    assert runner.findChild(QLabel, "Answer").text() == "canary answer 7781"

    qtbot.keyClick(runner, Qt.Key.Key_F12)
    assert window.session is None
    assert all("canary" not in label.text() for label in window.findChildren(QLabel))


def test_drafts_are_listed_and_resume_emits_the_draft(qtbot, make_window, monitor_vault, services):
    session = services.unlock(monitor_vault, PASSPHRASE)
    running = interviews.start_interview(session, "community_safety")
    session.lock()
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    home_page = window.content.currentWidget()
    assert isinstance(home_page, MonitorHome)
    assert not home_page.no_drafts.isVisible()
    [button] = home_page.draft_buttons
    assert button.text().startswith("Resume: ")
    with qtbot.waitSignal(window.resume_draft_requested) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == ["community_safety", running.draft_id]


def test_coordinator_devices_table_shows_an_approved_device(qtbot, make_window, coordinator_vault, services, tmp_path):
    monitor_home = tmp_path / "monitor"
    services.create_vault(monitor_home, "monitor", PASSPHRASE)
    today = date.today().isoformat()
    coordinator = services.unlock(coordinator_vault, PASSPHRASE)
    kit = enrollment.seal_kit(coordinator, enrollment.create_kit(coordinator, today=today))
    coordinator.lock()
    monitor = services.unlock(monitor_home, PASSPHRASE)
    enrollment.enroll(monitor, kit.data, path="kit", today=today, code=kit.code)
    card_bytes = enrollment.device_card(monitor, label="North team laptop", today=today)  # sealed to the coordinator
    monitor.lock()
    coordinator = services.unlock(coordinator_vault, PASSPHRASE)
    enrollment.approve_device(coordinator, enrollment.open_card(coordinator, card_bytes, "card"), today=today)
    coordinator.lock()

    window = make_window(coordinator_vault)
    unlock(qtbot, window)
    home_page = window.content.currentWidget()
    assert isinstance(home_page, CoordinatorHome)
    home_page.show_section("devices")
    table = home_page.pages["devices"]
    assert isinstance(table, ViewTable)
    assert table.table.rowCount() == 1
    assert table.table.item(0, 0).text() == "North team laptop"
    assert table.table.horizontalHeaderItem(0).text() == "Name"
    assert home_page.pages["bundles"].empty.text() == "No bundle imported yet."


def test_export_without_a_kit_says_what_to_do_and_writes_nothing(qtbot, make_window, monitor_vault, tmp_path,
                                                                   monkeypatch):
    window = make_window(monitor_vault)
    unlock(qtbot, window)
    stick = tmp_path / "stick"
    stick.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *args, **kwargs: asked.append("folder") or str(stick))
    home_page = window.content.currentWidget()
    assert isinstance(home_page, MonitorHome)
    home_page.export_button.setEnabled(True)  # nothing waits for export; what to do must still be said
    with qtbot.waitSignal(window.export_requested):
        qtbot.mouseClick(home_page.export_button, Qt.MouseButton.LeftButton)
    # Said in the window, with a button to enroll: no folder asked for, no pop-up, nothing written.
    assert home_page.sync_panel.not_enrolled.isVisible()
    assert asked == []
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, ErrorDialog) and w.isVisible()] == []
    assert list(stick.iterdir()) == []
