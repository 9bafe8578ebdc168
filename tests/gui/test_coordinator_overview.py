"""The coordinator's day in the desktop app: the audit trail names the front end; the Overview,
Devices and the import dialog show what came in, what is missing and which periods are still open."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from gui_support import PASSPHRASE, unlock
from PySide6.QtCore import Qt
from sync_setup import make_homes

from napsurvey.bundle import sealed
from napsurvey.bundle.documents import sign_document
from napsurvey.bundle.formats import DOCUMENT_FORMAT_VERSION, DeviceCard
from napsurvey.bundle.keys import age_recipient, b64
from napsurvey.errors import ErrorCode
from napsurvey.gui import file_dialogs
from napsurvey.gui.coordinator_home import CoordinatorHome
from napsurvey.gui.coordinator_overview import CoordinatorOverview
from napsurvey.gui.dialogs import ErrorDialog, OutcomeDialog
from napsurvey.gui.sync.views import ApproveDialog, DevicesPage
from napsurvey.services import enrollment, releases, sync_export
from napsurvey.services import session as services
from napsurvey.vault.repo.records import NewRecord, insert_records


def _sessions(home) -> list[dict]:  # type: ignore[no-untyped-def]
    with services.unlock(home, PASSPHRASE) as session:
        return [e.data for e in session.audit() if e.event == "session"]


def test_each_unlock_in_the_app_is_counted_on_a_gui_session_line(qtbot, make_window, coordinator_vault):
    window = make_window(coordinator_vault)
    unlock(qtbot, window)
    assert window.session is not None
    window.lock()
    unlock(qtbot, window)  # nothing happened in between: the same line counts two unlocks
    window.lock()
    assert _sessions(coordinator_vault)[-2:] == [{"front_end": "GUI", "unlocks": 2}, {"front_end": "CLI", "unlocks": 1}]


TODAY = date.today()


def _export(monitor_home: Path, folder: Path, *, days_ago: int, months: list[str]) -> Path:
    """Interviews in ``months`` and a bundle made ``days_ago`` days ago on the monitor's laptop."""
    folder.mkdir(parents=True, exist_ok=True)
    with services.unlock(monitor_home, PASSPHRASE) as monitor:
        rows = [{"consent": "yes", "region": "north", "safe": "yes"} for _ in months]
        insert_records(monitor.vault, [NewRecord("mini_survey", "2026.1", m, r) for m, r in zip(months, rows)])
        day = (TODAY - timedelta(days=days_ago)).isoformat()
        return sync_export.export_bundle(monitor, folder, today=day).path


def _home(qtbot, make_window, coordinator: Path) -> tuple:  # type: ignore[type-arg]
    window = make_window(coordinator)
    unlock(qtbot, window)
    home = window.content.currentWidget()
    assert isinstance(home, CoordinatorHome)
    return window, home


def _month(days_ago: int) -> str:
    return (TODAY - timedelta(days=days_ago)).strftime("%Y-%m")


def test_overview_shows_interviews_per_period_open_or_closed_and_the_devices_to_call(
    qtbot, make_window, tmp_path, monkeypatch
):
    homes = make_homes(tmp_path)
    old, now = _month(200), _month(0)
    bundle = _export(homes.monitor, tmp_path / "stick", days_ago=60, months=[old, old, old, now])
    (tmp_path / "stick" / "junk.dat").write_bytes(b"not a bundle")
    window, home = _home(qtbot, make_window, homes.coordinator)
    overview = home.pages["overview"]
    assert isinstance(overview, CoordinatorOverview)
    assert overview.periods.rowCount() == 1 and overview.bundles.text() == "0 bundles imported"

    # import the stick as a folder, from the Bundles page
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(tmp_path / "stick"))
    home.show_section("bundles")
    page = home.pages["bundles"]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)
    [line] = [item.text() for item in dialog.lines]  # the junk file in the folder is passed over
    assert line == f"{bundle.name}: imported bundle 1 from device {homes.monitor_fingerprint}"
    late = f"device {homes.monitor_fingerprint}: late, no bundle since {(TODAY - timedelta(days=60)).isoformat()} (60 days)"
    assert [g.text() for g in dialog.gap_lines] == [late]

    # the Overview followed: exact counts per month (the form's period), which are open, and the late device
    rows = {overview.periods.item(r, 1).text(): [overview.periods.item(r, c).text() for c in range(5)]
            for r in range(overview.periods.rowCount())}
    assert rows[old] == ["Mini survey", old, "3", "1", "closed, not released yet"]
    assert rows[now][:4] == ["Mini survey", now, "1", "1"] and rows[now][4].startswith("open, closes ")
    assert overview.bundles.text().startswith("1 bundle imported")
    assert overview.attention.text() == f"Team North 2: late, nothing since {(TODAY - timedelta(days=60)).isoformat()} (60 days)"
    assert overview.releases.text() == "No release made yet."

    # a release of the closed month (made from the command line) shows once the Overview reads again
    releases.release(window.session, "mini_survey", old, today=TODAY.isoformat())
    overview.refresh()
    assert overview.releases.text() == f"1 release made · last on {TODAY.isoformat()}"
    assert [overview.periods.item(r, 4).text() for r in range(overview.periods.rowCount())
            if overview.periods.item(r, 1).text() == old] == ["closed, released (edition 1)"]

    devices = home.pages["devices"]
    assert isinstance(devices, DevicesPage)
    headings = [devices.table.horizontalHeaderItem(c).text() for c in range(devices.table.columnCount())]
    assert headings[-3:] == ["Last seen", "Missing bundles", "State"]
    assert devices.table.item(0, 4).text() == (TODAY - timedelta(days=60)).isoformat()
    assert devices.table.item(0, 6).text() == "late: 60 days without a bundle"
    assert late in devices.gaps.text()


def test_approving_an_approved_card_again_says_so_and_asks_nothing(qtbot, make_window, tmp_path):
    homes = make_homes(tmp_path)
    window, home = _home(qtbot, make_window, homes.coordinator)
    page = home.pages["devices"]
    assert page.approve_from(homes.card) is None  # no fingerprint to compare: it is approved
    assert not [d for d in window.findChildren(ApproveDialog) if d.isVisible()]
    outcome = page.dialog
    assert isinstance(outcome, OutcomeDialog) and outcome.isVisible()
    assert "Team North 2 is already approved; nothing changed." in [w.text() for w in outcome.findChildren(type(page.gaps))]
    assert page.table.rowCount() == 1


def test_a_card_claiming_an_approved_device_with_another_key_shows_its_code(qtbot, make_window, tmp_path, monkeypatch):
    homes = make_homes(tmp_path)
    other = tmp_path / "other"
    services.create_vault(other, "monitor", PASSPHRASE)
    with services.unlock(other, PASSPHRASE) as impostor:
        vault = impostor.vault
        card = DeviceCard(format_version=DOCUMENT_FORMAT_VERSION, device_id=homes.monitor_fingerprint,
                          signing_key=b64(vault.signing_public_key), box_key=b64(vault.box_public_key),
                          role="monitor", label="Team North 2", created_day=TODAY.isoformat())
        document = sign_document("card", card, bytes(vault.signing_key()))
    with services.unlock(homes.coordinator, PASSPHRASE) as coordinator:
        coordinator_box = coordinator.vault.box_public_key
    forged = tmp_path / "forged.dat"
    forged.write_bytes(sealed.seal_to(document, [age_recipient(coordinator_box)]))  # cards travel sealed
    # A collision of 133-bit fingerprints: only by patching the computation.
    monkeypatch.setattr(enrollment, "key_fingerprint", lambda *_keys: homes.monitor_fingerprint)
    window, home = _home(qtbot, make_window, homes.coordinator)
    page = home.pages["devices"]
    dialog = page.approve_from(forged)
    assert isinstance(dialog, ApproveDialog)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    [error] = [d for d in window.findChildren(ErrorDialog) if d.isVisible()]
    assert error.code is ErrorCode.CARD_DEVICE_TAKEN
