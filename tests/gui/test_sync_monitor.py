"""The monitor's sync card: export to a stick, re-create a lost bundle, enroll, device card."""

from __future__ import annotations

from pathlib import Path

from gui_support import unlock
from PySide6.QtCore import Qt
from sync_setup import MINI_FORM, PASSPHRASE, make_homes

from napsurvey.errors import ErrorCode
from napsurvey.gui import file_dialogs
from napsurvey.gui.dialogs import ErrorDialog
from napsurvey.gui.monitor_home import MonitorHome
from napsurvey.gui.sync.enroll_dialogs import EnrollCodeDialog, EnrollConfirmDialog
from napsurvey.gui.sync.monitor_panel import MonitorSyncPanel
from napsurvey.services import enrollment, session


def _open_monitor(qtbot, make_window, home: Path):  # type: ignore[no-untyped-def]
    window = make_window(home)
    unlock(qtbot, window)
    page = window.content.currentWidget()
    assert isinstance(page, MonitorHome)
    assert isinstance(page.sync_panel, MonitorSyncPanel)
    return window, page, page.sync_panel


def _wait(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: panel.task is not None and panel.task.done, timeout=30_000)


def test_export_button_writes_a_verified_bundle_and_marks_the_records(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path, records=7)
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(stick))
    window, page, panel = _open_monitor(qtbot, make_window, homes.monitor)
    assert page.export_button.isEnabled()

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)  # the home's own button goes to the panel
    _wait(qtbot, panel)

    [bundle] = list(stick.iterdir())
    assert bundle.name.startswith("notes-") and bundle.suffix == ".dat"  # neutral name
    text = panel.dialog.text
    assert "7 interviews went out in bundle 1" in text
    assert bundle.name in text
    assert "Remove the USB stick safely" in text
    conn = window.session.vault.connection
    assert conn.execute("SELECT count(*) FROM records WHERE bundle_id IS NULL").fetchone()[0] == 0
    assert page.export_text.text().startswith("0 completed")
    assert not page.export_button.isEnabled()


def test_export_with_nothing_waiting_shows_the_coded_refusal(qtbot, make_window, tmp_path):
    homes = make_homes(tmp_path, records=0)
    stick = tmp_path / "stick"
    stick.mkdir()
    window, _page, panel = _open_monitor(qtbot, make_window, homes.monitor)
    panel.export_to(stick)
    _wait(qtbot, panel)
    [dialog] = [d for d in window.findChildren(ErrorDialog) if d.isVisible()]
    assert dialog.code is ErrorCode.BUNDLE_NOTHING_TO_EXPORT
    assert dialog.message.text().endswith("(BUNDLE_NOTHING_TO_EXPORT)")
    assert list(stick.iterdir()) == []


def test_a_lost_bundle_is_written_again_with_the_same_id(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path, records=3)
    first, second = tmp_path / "stick1", tmp_path / "stick2"
    first.mkdir()
    second.mkdir()
    window, _page, panel = _open_monitor(qtbot, make_window, homes.monitor)
    panel.export_to(first)
    _wait(qtbot, panel)
    first_id = panel.task.result.bundle_id
    panel.dialog.accept()

    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(second))
    dialog = panel.recreate()
    assert dialog.table.rowCount() == 1
    assert not dialog.again_button.isEnabled()
    dialog.select_row(0)
    qtbot.mouseClick(dialog.again_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, panel)
    [again] = list(second.iterdir())
    assert "3 interviews went out in bundle 1" in panel.dialog.text
    assert panel.task.result.bundle_id == first_id  # same id: the coordinator counts it once
    assert again.name.startswith("notes-")


def test_enroll_shows_both_fingerprints_and_installs_the_kit(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path, enroll=False, approve=False)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(homes.kit))
    window, page, panel = _open_monitor(qtbot, make_window, homes.monitor)
    assert "Not enrolled" in panel.kit_line.text()

    qtbot.mouseClick(panel.enroll_button, Qt.MouseButton.LeftButton)
    [ask] = [d for d in window.findChildren(EnrollCodeDialog) if d.isVisible()]
    qtbot.keyClicks(ask.code, homes.code.replace("-", " "))  # read out in groups, typed as heard
    qtbot.mouseClick(ask.open_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, panel)
    [confirm] = [d for d in window.findChildren(EnrollConfirmDialog) if d.isVisible()]
    assert confirm.fingerprint.property("value") == homes.coordinator_fingerprint
    assert "mini_survey 2026.1" in confirm.contents.text()
    qtbot.mouseClick(confirm.install_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, panel)

    assert panel.dialog.fingerprint.property("value") == homes.monitor_fingerprint
    assert homes.coordinator_fingerprint in panel.dialog.text
    assert homes.coordinator_fingerprint in panel.kit_line.text()
    assert "mini_survey" in [f.form_id for f in window.session.installed_forms()]


def test_cancelling_the_kit_check_installs_nothing(qtbot, make_window, tmp_path):
    homes = make_homes(tmp_path, enroll=False, approve=False)
    window, _page, panel = _open_monitor(qtbot, make_window, homes.monitor)
    assert panel.enroll_from(homes.kit, homes.code) is None
    _wait(qtbot, panel)
    confirm = panel.confirm
    assert confirm is not None
    opened = panel.task
    qtbot.mouseClick(confirm.cancel_button, Qt.MouseButton.LeftButton)
    assert panel.task is opened  # nothing more was started
    assert "mini_survey" not in [f.form_id for f in window.session.installed_forms()]


def test_a_damaged_kit_is_refused_with_its_code(qtbot, make_window, tmp_path):
    homes = make_homes(tmp_path, enroll=False, approve=False)
    data = bytearray(homes.kit.read_bytes())
    data[len(data) // 2] ^= 0x01
    bad = tmp_path / "bad-kit.dat"
    bad.write_bytes(bytes(data))
    window, _page, panel = _open_monitor(qtbot, make_window, homes.monitor)
    assert panel.enroll_from(bad, homes.code) is None
    _wait(qtbot, panel)
    [dialog] = [d for d in window.findChildren(ErrorDialog) if d.isVisible()]
    assert dialog.code is ErrorCode.KIT_WRONG_CODE  # an altered kit does not open with its code
    assert "mini_survey" not in [f.form_id for f in window.session.installed_forms()]


def test_device_card_shows_the_fingerprint_and_writes_the_card(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path, approve=False)
    out = tmp_path / "out" / "my-card.dat"
    out.parent.mkdir()
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    _window, _page, panel = _open_monitor(qtbot, make_window, homes.monitor)

    qtbot.mouseClick(panel.card_button, Qt.MouseButton.LeftButton)
    dialog = panel.window().findChild(type(panel.device_card()))  # the dialog the button opened
    assert dialog is not None
    assert dialog.fingerprint.property("value") == homes.monitor_fingerprint
    qtbot.keyClicks(dialog.name, "Laptop B")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, panel)
    assert b"Laptop B" not in out.read_bytes()  # sealed to the coordinator
    with session.unlock(homes.coordinator, PASSPHRASE) as coordinator:
        card = enrollment.open_card(coordinator, out.read_bytes(), "card")
    assert card.device_id == homes.monitor_fingerprint
    assert card.label == "Laptop B"
    assert "my-card.dat" in dialog.written_line.text()


def test_moving_to_a_new_coordinator_needs_their_fingerprint_typed_as_heard(qtbot, make_window, tmp_path):
    homes = make_homes(tmp_path)  # enrolled with the first coordinator
    new_home = tmp_path / "new coordinator"
    session.create_vault(new_home, "coordinator", PASSPHRASE)
    with session.unlock(new_home, PASSPHRASE) as new:
        kit = enrollment.seal_kit(new, enrollment.create_kit(new, form_texts=[MINI_FORM], today="2026-11-23"))
        new_fingerprint = new.fingerprint
    path = tmp_path / "new-kit.dat"
    path.write_bytes(kit.data)
    window, _page, panel = _open_monitor(qtbot, make_window, homes.monitor)
    panel.enroll_from(path, kit.code)
    _wait(qtbot, panel)
    confirm = panel.confirm
    assert confirm is not None and confirm.replace_warning is not None and confirm.typed is not None
    assert " ".join(homes.coordinator_fingerprint.split("-")) in confirm.replace_warning.text()
    assert not confirm.install_button.isEnabled()
    qtbot.keyClicks(confirm.typed, " ".join(homes.coordinator_fingerprint.split("-")))  # the old one: no
    assert not confirm.install_button.isEnabled()
    confirm.typed.clear()
    qtbot.keyClicks(confirm.typed, " ".join(new_fingerprint.split("-")))
    assert confirm.install_button.isEnabled()
    qtbot.mouseClick(confirm.install_button, Qt.MouseButton.LeftButton)
    _wait(qtbot, panel)
    assert new_fingerprint in panel.kit_line.text()
    assert ("coordinator_replaced", f"{homes.coordinator_fingerprint} -> {new_fingerprint}") in [
        (e.event, e.detail) for e in window.session.audit()]
