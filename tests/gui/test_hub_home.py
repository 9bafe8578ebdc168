"""The hub on the desktop: chosen in the set-up wizard, its own home, members' bundles imported by hand."""

from __future__ import annotations

import random
from pathlib import Path

from gui_support import PASSPHRASE, open_dialog, unlock, wait_until_checked
from PySide6.QtCore import Qt

from napsurvey.errors import ErrorCode
from napsurvey.gui import file_dialogs
from napsurvey.gui.coordinator_home import CoordinatorHome
from napsurvey.gui.dialogs import ErrorDialog, readable_groups
from napsurvey.gui.hub.membership_page import MembershipPage
from napsurvey.gui.hub.pages import HubBundlesPage, HubCoveragePage, MembersPage
from napsurvey.gui.hub_home import HubHome
from napsurvey.gui.setup_wizard import SetupWizard
from napsurvey.gui.sync.enroll_dialogs import EnrollCodeDialog
from napsurvey.services import enrollment, hub_enrollment, plans, releases, sync_export, sync_import
from napsurvey.services.session import Session
from napsurvey.vault.store import Vault
from tests.bundle.homes import MINI_FORM, approve, enroll_document, make_session
from tests.hub.levels import TODAY, add_rows, pin_hub
from tests.hub.upward_craft import HubWorld, approve_member, release, upward_bytes
from tests.plan.plankit import as_yaml, assessments_dict, plan_dict


def test_the_wizard_makes_a_hub(qtbot, make_window, home, services):  # type: ignore[no-untyped-def]
    window = make_window(home)
    wizard = window.content.currentWidget()
    assert isinstance(wizard, SetupWizard)
    assert wizard.role_page.hub.text() == "Network or regional hub"
    qtbot.mouseClick(wizard.role_page.hub_card, Qt.MouseButton.LeftButton)
    assert wizard.role_page.role() == "hub"
    qtbot.mouseClick(wizard.role_page.next_button, Qt.MouseButton.LeftButton)
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase, PASSPHRASE)
    qtbot.keyClicks(page.confirm, PASSPHRASE)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    wait_until_checked(qtbot, page)
    qtbot.mouseClick(wizard.key_page.written, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.key_page.next_button, Qt.MouseButton.LeftButton)
    unlock(qtbot, window)
    assert window.session is not None and window.session.role == "hub"
    assert isinstance(window.content.currentWidget(), HubHome)
    assert window.header.role_label.text() == "Hub"


def _hub_with_a_member(tmp_path: Path, home: Path) -> list[Path]:
    """A hub vault at ``home`` with one approved member, and that member's bundles 1 and 3 on a stick."""
    vault, _ = Vault.create(home, "hub", PASSPHRASE)
    hub = Session(home, vault)
    member = make_session(tmp_path / "member", "coordinator")
    approve_member(hub, member, "Sierra Leone")
    world = HubWorld(tmp_path, hub, member, hub, [])
    stick = tmp_path / "stick"
    stick.mkdir()
    files = []
    for n, period in enumerate(["2026-Q1", "2026-Q2", "2026-Q4"], start=1):
        data = upward_bytes(world, [release(period=period)])
        if n != 2:  # bundle 2 never arrives
            files.append(stick / f"up{n}.dat")
            files[-1].write_bytes(data)
    hub.lock()
    member.lock()
    return files


def test_the_hub_home_imports_members_bundles_and_shows_the_gaps(  # type: ignore[no-untyped-def]
    qtbot, make_window, home, tmp_path, monkeypatch
):
    files = _hub_with_a_member(tmp_path, home)
    window = make_window(home)
    unlock(qtbot, window)
    page = window.content.currentWidget()
    assert isinstance(page, HubHome)
    assert [page.nav.item(i).text() for i in range(page.nav.count())] == ["Overview", "Members", "Bundles", "Coverage",
                                                                                      "Regional report"]
    page.show_section("bundles")
    bundles = page.pages["bundles"]
    assert isinstance(bundles, HubBundlesPage) and bundles.table.rowCount() == 0
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [str(f) for f in files])
    qtbot.mouseClick(bundles.import_button, Qt.MouseButton.LeftButton)
    dialog = bundles.dialog
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is not None and dialog.task.done, timeout=30_000)
    assert [line.text() for line in dialog.lines] == ["up1.dat: imported bundle 1 from member Sierra Leone",
                                                      "up3.dat: imported bundle 3 from member Sierra Leone"]
    assert [g.text() for g in dialog.gap_lines] == ["member Sierra Leone: bundle 2 missing",
                                                    "member Sierra Leone: mini_survey 2026-Q2 not released",
                                                    "member Sierra Leone: mini_survey 2026-Q3 not released"]
    assert bundles.table.rowCount() == 2
    members = page.pages["members"]
    assert isinstance(members, MembersPage)
    assert members.table.item(0, 0).text() == "Sierra Leone"
    assert members.table.item(0, 6).text() == "2026-Q1, 2026-Q4"
    coverage = page.pages["coverage"]
    assert isinstance(coverage, HubCoveragePage) and coverage.table.rowCount() == 2
    assert coverage.gaps.text().splitlines() == ["member Sierra Leone: bundle 2 missing",
                                                 "member Sierra Leone: mini_survey 2026-Q2 not released",
                                                 "member Sierra Leone: mini_survey 2026-Q3 not released"]


def test_the_hub_seals_and_writes_its_kit_off_the_gui_thread_and_shows_the_code_to_read_out(  # type: ignore[no-untyped-def]
    qtbot, make_window, home, tmp_path, monkeypatch
):
    _hub_with_a_member(tmp_path, home)
    window = make_window(home)
    unlock(qtbot, window)
    page = window.content.currentWidget()
    page.show_section("members")
    members = page.pages["members"]
    out = tmp_path / "hub-kit.json"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    qtbot.mouseClick(members.kit_button, Qt.MouseButton.LeftButton)
    assert members.task is not None and not members.task.done  # scrypt runs on a worker; the window still draws
    qtbot.waitUntil(lambda: members.task.done, timeout=30_000)
    assert members.task.error is None
    assert enrollment.kit_needs_code(out.read_bytes())  # sealed: it opens only with the code read out
    code = members.dialog.code.text()
    assert len(code.replace("-", "").replace(" ", "")) == 15 and members.dialog.windowTitle() == "Hub kit written"


def test_a_coordinator_sends_its_releases_to_its_hub(qtbot, make_window, home, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    vault, _ = Vault.create(home, "coordinator", PASSPHRASE)
    coordinator = Session(home, vault)
    hub = make_session(tmp_path / "hub", "hub")
    kit = enrollment.create_kit(coordinator, form_texts=[MINI_FORM], today=TODAY)
    monitor = make_session(tmp_path / "monitor", "monitor")
    enroll_document(coordinator, monitor, kit)
    approve(coordinator, monitor)
    add_rows(monitor, 40, random.Random(1), ("2026-07", "2026-08", "2026-09"))
    bundle = sync_export.export_bundle(monitor, tmp_path / "b.dat", today=TODAY)
    assert sync_import.import_bundles(coordinator, [bundle.path], today=TODAY).ok
    releases.release(coordinator, "mini_survey", "2026Q3", today=TODAY)
    pin_hub(coordinator, hub, "Sierra Leone", raw_requests=["mini_survey"])
    (tmp_path / "plan.yaml").write_bytes(as_yaml(plan_dict()))
    (tmp_path / "marks.yaml").write_bytes(as_yaml(assessments_dict()))
    assert not plans.import_plan(coordinator, tmp_path / "plan.yaml").problems
    assert not plans.assess(coordinator, tmp_path / "marks.yaml").problems
    for s in (coordinator, hub, monitor):
        s.lock()
    window = make_window(home)
    unlock(qtbot, window)
    page = window.content.currentWidget()
    assert isinstance(page, CoordinatorHome)
    page.show_section("hub")
    hub_page = page.pages["hub"]
    assert isinstance(hub_page, MembershipPage)
    assert hub_page.hub_line.text().startswith("Member of West Africa WPS network (fingerprint ")
    assert hub_page.plan_line.text() == ""  # no twinning: the plan stays here
    assert hub_page.raw_line.text() == "The hub asks for raw counts of: mini_survey. You agreed for: none."
    assert hub_page.waiting.text() == "1 release not sent yet: mini_survey 2026-Q3"
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(stick))
    qtbot.mouseClick(hub_page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hub_page.task is not None and hub_page.task.done, timeout=30_000)
    [written] = list(stick.iterdir())
    assert written.read_bytes().startswith(b"age-encryption.org/v1\n")
    assert "1 release went out in hub bundle 1." in hub_page.dialog.text
    assert hub_page.waiting.text() == "0 releases not sent yet."
    assert not hub_page.send_button.isEnabled()
    hub_page.dialog.close()
    qtbot.mouseClick(hub_page.twinning_box, Qt.MouseButton.LeftButton)  # a change of sharing can go up alone
    assert hub_page.send_button.isEnabled()
    assert hub_page.plan_line.text() == "With twinning, the hub also gets your plan's scorecard and financing for: 2026-H1."


def test_the_hub_writes_its_regional_report_and_tables(qtbot, make_window, home, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    files = _hub_with_a_member(tmp_path, home)
    window = make_window(home)
    unlock(qtbot, window)
    page = window.content.currentWidget()
    page.show_section("bundles")
    bundles = page.pages["bundles"]
    monkeypatch.setattr(file_dialogs, "open_files", lambda *a, **k: [str(f) for f in files])
    qtbot.mouseClick(bundles.import_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bundles.dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bundles.dialog.task is not None and bundles.dialog.task.done, timeout=30_000)
    bundles.dialog.close()
    page.show_section("regional")
    regional = page.pages["regional"]
    regional.language.setCurrentIndex(regional.language.findData("fr"))
    qtbot.keyClicks(regional.period, "2026Q4")
    out = tmp_path / "regional.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    qtbot.mouseClick(regional.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: regional.task is not None and regional.task.done, timeout=60_000)
    assert out.read_bytes().startswith(b"%PDF") and "1 indicator" in regional.dialog.text
    regional.dialog.close()  # window-modal: the page takes clicks again once it is closed
    table = tmp_path / "regional.csv"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(table))
    qtbot.mouseClick(regional.csv_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: regional.task is not None and regional.task.done, timeout=60_000)
    rows = table.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("Questionnaire,") and all("2026-Q4" in r for r in rows[1:] if r and "Mini" in r)


def test_a_coordinator_joins_a_hub_and_the_hub_approves_it_on_the_desktop(  # type: ignore[no-untyped-def]
    qtbot, make_window, home, tmp_path
):
    from napsurvey.bundle import store
    from napsurvey.services import hub_export

    vault, _ = Vault.create(home, "coordinator", PASSPHRASE)
    Session(home, vault).lock()
    hub_home = tmp_path / "hub"
    hub = make_session(hub_home, "hub")
    kit = tmp_path / "hub-kit.json"
    written = hub_enrollment.write_hub_kit(hub, kit, form_texts=[MINI_FORM], raw_requests=["mini_survey"],
                                           name="Mano River", today=TODAY)
    assert written.code is not None
    window = make_window(home)
    unlock(qtbot, window)
    page = window.content.currentWidget()
    page.show_section("hub")
    hub_page = page.pages["hub"]
    assert isinstance(hub_page, MembershipPage)
    assert hub_page.hub_line.text() == "This coordinator has not joined a hub."
    ask = hub_page.join_from(kit)  # the kit is sealed: the code the hub reads out is asked first
    assert isinstance(ask, EnrollCodeDialog) and ask.windowTitle() == "Join a hub"
    qtbot.keyClicks(ask.code, "00000-00000-00000")
    qtbot.mouseClick(ask.open_button, Qt.MouseButton.LeftButton)
    assert hub_page.task is not None  # the kit is opened off the GUI thread (scrypt)
    qtbot.waitUntil(lambda: hub_page.task.done, timeout=30_000)
    assert hub_page.hub_line.text() == "This coordinator has not joined a hub."  # a wrong code joins nothing
    refusal = open_dialog()
    assert isinstance(refusal, ErrorDialog) and refusal.code is ErrorCode.KIT_WRONG_CODE
    refusal.close()
    ask = hub_page.join_from(kit)
    assert isinstance(ask, EnrollCodeDialog)
    qtbot.keyClicks(ask.code, written.code)
    qtbot.mouseClick(ask.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hub_page.task.done and hub_page.task.error is None and hub_page.dialog is not None, timeout=30_000)
    assert hub_page.hub_line.text().startswith("Member of Mano River (fingerprint ")
    assert hub_page.dialog.fingerprint is not None and hub_page.dialog.fingerprint.text() == readable_groups(hub.fingerprint)
    hub_page.dialog.close()
    assert list(hub_page.raw_boxes) == ["mini_survey"] and not hub_page.raw_boxes["mini_survey"].isChecked()
    hub_page.raw_boxes["mini_survey"].setChecked(True)
    qtbot.mouseClick(hub_page.twinning_box, Qt.MouseButton.LeftButton)
    session = window.session
    view = hub_export.membership_view(session)
    assert view is not None and view.raw_agreed == ["mini_survey"] and view.twinning is True
    assert hub_page.raw_line.text() == "The hub asks for raw counts of: mini_survey. You agreed for: mini_survey."
    card = tmp_path / "card.json"
    hub_page.write_card_to(card)
    parsed = enrollment.open_card(hub, card.read_bytes(), "card")  # sealed to the hub it joined
    assert parsed.role == "coordinator" and parsed.device_id == session.fingerprint
    # At the hub (its own window would do the same): approve the card after comparing the fingerprint.
    members = MembersPage(hub)
    qtbot.addWidget(members)
    assert members.approve_button.text() == "Approve a coordinator's card…"
    dialog = members.approve_from(card)
    assert dialog is not None and dialog.fingerprint.text() == readable_groups(session.fingerprint)
    assert any("national coordinator" in w.text() for w in dialog.findChildren(type(dialog.fingerprint)))
    dialog.name.setText("Sierra Leone")
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    assert members.table.rowCount() == 1 and members.table.item(0, 0).text() == "Sierra Leone"
    assert [d.label for d in store.devices(hub.vault.connection)] == ["Sierra Leone"]
    hub.lock()


def test_the_hub_writes_a_twinning_report_of_the_members_who_share(  # type: ignore[no-untyped-def]
    qtbot, make_window, tmp_path, monkeypatch
):
    from tests.bundle import homes
    from tests.hub.levels import make_network

    net = make_network(tmp_path / "net", per_quarter=20, twinning=["Sierra Leone", "Liberia"])
    net.close()
    window = make_window(net.root / "hub")
    unlock(qtbot, window, homes.PASSPHRASE)
    page = window.content.currentWidget()
    page.show_section("regional")
    regional = page.pages["regional"]
    items = [regional.twinning_members.item(i) for i in range(regional.twinning_members.count())]
    assert sorted(i.text() for i in items) == ["Liberia", "Sierra Leone"]
    out = tmp_path / "twinning.pdf"
    monkeypatch.setattr(file_dialogs, "save_file", lambda *a, **k: str(out))
    items[0].setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(regional.twinning_button, Qt.MouseButton.LeftButton)  # one member: refused, nothing written
    refused = open_dialog()
    assert refused is not None and refused.code is ErrorCode.HUB_TWINNING_MEMBERS and not out.exists()
    refused.close()
    items[1].setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(regional.twinning_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: regional.task is not None and regional.task.done, timeout=60_000)
    assert out.read_bytes().startswith(b"%PDF") and "2 indicators" in regional.dialog.text
