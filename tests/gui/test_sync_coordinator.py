"""The coordinator's sync screens: import bundles, approve a device card, create a kit."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from gui_support import unlock
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle
from sync_setup import export_to, make_homes

from napsurvey.bundle import sealed
from napsurvey.errors import ErrorCode
from napsurvey.gui import file_dialogs
from napsurvey.gui.coordinator_home import CoordinatorHome
from napsurvey.gui.dialogs import ErrorDialog, readable_groups
from napsurvey.gui.sync.views import ApproveDialog, BundlesPage, DevicesPage
from napsurvey.services import enrollment

_SYNC_TABLES = ("sync_devices", "sync_bundles", "sync_cells", "sync_denominators")


def _open_coordinator(qtbot, make_window, home: Path):  # type: ignore[no-untyped-def]
    window = make_window(home)
    unlock(qtbot, window)
    page = window.content.currentWidget()
    assert isinstance(page, CoordinatorHome)
    return window, page


def _snapshot(window) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    conn = window.session.vault.connection
    return {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in _SYNC_TABLES}


def _import(qtbot, page: BundlesPage, files: list[Path], monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [str(f) for f in files])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    values: list[int] = []
    dialog.progress.valueChanged.connect(values.append)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)
    return dialog, values


def test_import_dialog_imports_a_bundle_and_the_views_follow(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path, records=6)
    bundle = export_to(homes.monitor, tmp_path / "stick")
    window, home = _open_coordinator(qtbot, make_window, homes.coordinator)
    home.show_section("bundles")
    page = home.pages["bundles"]
    assert isinstance(page, BundlesPage)
    assert page.table.rowCount() == 0

    dialog, values = _import(qtbot, page, [bundle], monkeypatch)

    assert dialog.progress.value() == 100
    assert values[-1] == 100
    [line] = dialog.lines
    assert line.text() == f"{bundle.name}: imported bundle 1 from device {homes.monitor_fingerprint}"
    assert dialog.gap_lines == []
    assert page.table.rowCount() == 1
    devices = home.pages["devices"]
    assert isinstance(devices, DevicesPage)
    assert devices.table.item(0, 2).text() == "1"  # bundles from the device
    coverage = home.pages["coverage"]
    assert coverage.table.rowCount() == 1
    assert coverage.table.item(0, 2).text() == "6"  # interviews

    # The same file again: an exact duplicate, nothing changes.
    before = _snapshot(window)
    dialog.import_files([bundle])
    qtbot.waitUntil(lambda: dialog.task.done, timeout=30_000)
    assert "duplicate, nothing changed" in dialog.lines[0].text()
    assert _snapshot(window) == before


def test_a_tampered_bundle_shows_its_refusal_code_and_changes_nothing(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path, records=4)
    bundle = export_to(homes.monitor, tmp_path / "stick")
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0x40
    tampered = tmp_path / "tampered.dat"
    tampered.write_bytes(bytes(data))
    window, home = _open_coordinator(qtbot, make_window, homes.coordinator)
    before = _snapshot(window)

    dialog, _values = _import(qtbot, home.pages["bundles"], [tampered], monkeypatch)

    [outcome] = dialog.report.outcomes
    assert outcome.status == "refused"
    assert outcome.code in {ErrorCode.BUNDLE_TAMPERED, ErrorCode.BUNDLE_TRUNCATED}
    [line] = dialog.lines
    assert line.text().startswith("tampered.dat: refused: ")
    assert line.text().endswith(f"({outcome.code.name})")
    assert dialog.progress.value() == 100
    assert _snapshot(window) == before
    assert home.pages["bundles"].table.rowCount() == 0


def test_import_reports_a_missing_bundle_as_a_gap(qtbot, make_window, tmp_path, monkeypatch):
    from gui_support import PASSPHRASE

    from napsurvey.services import session
    from napsurvey.vault.repo.records import NewRecord, insert_records

    homes = make_homes(tmp_path, records=2)
    export_to(homes.monitor, tmp_path / "lost")  # bundle 1 never reaches the coordinator
    with session.unlock(homes.monitor, PASSPHRASE) as monitor:
        insert_records(monitor.vault, [NewRecord("mini_survey", "2026.1", "2026-11", {"consent": "yes"})])
    second = export_to(homes.monitor, tmp_path / "stick")
    assert second.is_file() and len(list((tmp_path / "lost").iterdir())) == 1  # the services made both bundles
    _window, home = _open_coordinator(qtbot, make_window, homes.coordinator)

    dialog, _ = _import(qtbot, home.pages["bundles"], [second], monkeypatch)

    assert [g.text() for g in dialog.gap_lines] == [f"device {homes.monitor_fingerprint}: bundle 1 missing"]
    devices = home.pages["devices"]
    assert devices.gaps.text() == f"device {homes.monitor_fingerprint}: bundle 1 missing"


def test_approve_a_device_card_after_comparing_the_fingerprint(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path, approve=False)
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(homes.card))
    window, home = _open_coordinator(qtbot, make_window, homes.coordinator)
    home.show_section("devices")
    page = home.pages["devices"]
    assert page.table.rowCount() == 0

    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, ApproveDialog)
    assert dialog.fingerprint.property("value") == homes.monitor_fingerprint
    assert dialog.name.text() == "Team North 2"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "North laptop")
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)

    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "North laptop"
    assert page.table.item(0, 1).text() == readable_groups(homes.monitor_fingerprint)  # two lines, as read aloud
    assert page.dialog.fingerprint.property("value") == homes.monitor_fingerprint


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_column_of_the_devices_table_is_seen_whole_on_a_1366_pixel_screen(qtbot, make_window, tmp_path, language):
    homes = make_homes(tmp_path)  # one approved device, with its 40-digit fingerprint
    window, home = _open_coordinator(qtbot, make_window, homes.coordinator)
    window.translations.apply(language)
    window.resize(1366, 768)
    home.show_section("devices")
    page = home.pages["devices"]
    QApplication.processEvents()
    table = page.table
    assert table.rowCount() == 1
    assert table.horizontalScrollBar().maximum() == 0  # nothing past the right edge
    header = table.horizontalHeader()
    metrics = QFontMetrics(table.font())
    for column in range(table.columnCount()):  # and no cell cut short of its text (the state may wrap)
        text = table.item(0, column).text()
        room = header.sectionSize(column) - 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) - 2
        needed = metrics.boundingRect(QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, text)
        assert needed.width() <= room and needed.height() <= table.rowHeight(0), (language, text)


def test_a_fingerprint_that_does_not_match_approves_nothing(qtbot, make_window, tmp_path):
    homes = make_homes(tmp_path, approve=False)
    window, home = _open_coordinator(qtbot, make_window, homes.coordinator)
    page = home.pages["devices"]
    dialog = page.approve_from(homes.card)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    [error] = [d for d in window.findChildren(ErrorDialog) if d.isVisible()]
    assert error.code is ErrorCode.CARD_NOT_CONFIRMED
    assert page.table.rowCount() == 0
    assert window.session.vault.connection.execute("SELECT count(*) FROM sync_devices").fetchone()[0] == 0


def test_create_kit_writes_a_signed_kit_with_the_referrals(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path)
    referrals = tmp_path / "referrals.yaml"
    referrals.write_text(
        "north:\n  - {name: Clinic A, kind: medical, contact: '+000 100', hours: '24/7', languages: [en]}\n",
        encoding="utf-8",
    )
    protocol = tmp_path / "protocol.yaml"
    protocol.write_text(
        "{title: Safety study, reference: EC-2026-4, approved_by: Ethics board, approved_day: 2026-01-05}\n",
        encoding="utf-8",
    )
    out = tmp_path / "new-kit.dat"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    _window, home = _open_coordinator(qtbot, make_window, homes.coordinator)
    page = home.pages["devices"]
    qtbot.mouseClick(page.kit_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    dialog.set_referrals(referrals)
    dialog.set_protocol(protocol)  # the shipped high-sensitivity forms need one
    dialog.threshold.setValue(12)
    assert dialog.grace.value() == 30  # the default: late bundles of a period still arrive for a month
    dialog.grace.clear()
    qtbot.keyClicks(dialog.grace, "45")  # typed, as a coordinator would
    qtbot.mouseClick(dialog.write_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)

    assert not dialog.error.isVisible(), dialog.error.text()
    assert dialog.outcome.fingerprint.property("value") == homes.coordinator_fingerprint
    # Read out in groups, with the enrollment code the sealed kit opens with.
    assert dialog.outcome.fingerprint.text() == readable_groups(homes.coordinator_fingerprint)
    assert dialog.outcome.fingerprint.text().count("\n") == 1 and "-" not in dialog.outcome.fingerprint.text()
    code = str(dialog.outcome.code.property("value"))
    assert re.fullmatch(r"\d{5}-\d{5}-\d{5}", code)
    data = out.read_bytes()
    assert b"Clinic A" not in data and b"EC-2026-4" not in data and b"napsurvey" not in data
    checked = enrollment.verify_kit(sealed.open_with_code(data, code, path="kit"), "kit")
    kit = checked.kit
    assert checked.fingerprint == kit.coordinator_fingerprint == homes.coordinator_fingerprint
    assert [s.name for s in kit.referrals["north"]] == ["Clinic A"]
    assert kit.disclosure.threshold == 12
    assert kit.disclosure.grace_days == 45  # periods close 45 days after their end
    assert kit.protocol is not None and kit.protocol.reference == "EC-2026-4"


def test_create_kit_refuses_a_referral_file_it_cannot_read(qtbot, make_window, tmp_path):
    homes = make_homes(tmp_path)
    broken = tmp_path / "referrals.yaml"
    broken.write_text("north: [unclosed\n", encoding="utf-8")
    out = tmp_path / "kit.out"
    _window, home = _open_coordinator(qtbot, make_window, homes.coordinator)
    dialog = home.pages["devices"].create_kit()
    dialog.set_referrals(broken)
    dialog.write_to(out)
    qtbot.waitUntil(lambda: dialog.task.done, timeout=30_000)
    assert dialog.error.text().endswith("(KIT_REFERRALS_FILE)")
    assert not out.exists()


def test_the_kit_dialog_shows_what_each_questionnaire_would_publish(qtbot, make_window, tmp_path):
    homes = make_homes(tmp_path)
    _window, home = _open_coordinator(qtbot, make_window, homes.coordinator)
    dialog = home.pages["devices"].create_kit()

    def shares() -> dict[str, int]:
        table = dialog.outlook
        return {table.item(r, 0).text().split(" ")[0]: int(table.item(r, 1).text().rstrip("%"))
                for r in range(table.rowCount())}

    dialog.expected.setValue(30)
    qtbot.mouseClick(dialog.estimate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outlook_task is not None and dialog.outlook_task.done, timeout=30_000)
    few = shares()
    assert few and all(0 <= v <= 100 for v in few.values())
    dialog.expected.setValue(3000)
    dialog.estimate()
    qtbot.waitUntil(lambda: dialog.outlook_task.done and shares() != few, timeout=30_000)
    many = shares()
    assert all(many[f] <= few[f] for f in few)  # more interviews, fewer cells below the threshold
    assert any(many[f] < few[f] for f in few)
