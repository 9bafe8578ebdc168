"""Re-make the sync screenshots (import dialog with results, devices view, the coordinator's overview) at 1366x768.

Run under a virtual X server from the repository root:
    xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/make_sync_screenshots.py
Uses throw-away home folders; every count is made up.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screens import PASSPHRASE, screen_shot, unlock

from napsurvey.gui.app import build_window, configure_application
from napsurvey.services import enrollment, sync_export
from napsurvey.services import session as services
from napsurvey.vault.repo.records import NewRecord, insert_records

FORM = """\
settings: {form_id: community_check, form_title: Community check, version: "2026.1"}
survey:
  - {type: select_one yes_no, name: consent, label: "Consent?"}
  - {type: select_one district, name: district, label: District}
  - {type: select_one yes_no, name: safe, label: "Safe at night?"}
choices:
  yes_no: [{name: "yes", label: "Yes"}, {name: "no", label: "No"}]
  district: [{name: north, label: North}, {name: south, label: South}]
indicators:
  - {name: safe_by_district, label: Safe by district, question: safe, by: [district], period: month}
"""


def make_data(root: Path) -> tuple[Path, list[Path]]:
    today = date.today().isoformat()
    coordinator_home = root / "coordinator"
    services.create_vault(coordinator_home, "coordinator", PASSPHRASE)
    with services.unlock(coordinator_home, PASSPHRASE) as coordinator:
        kit = enrollment.seal_kit(coordinator, enrollment.create_kit(coordinator, form_texts=[FORM], today=today))
    files: list[Path] = []
    stick = root / "stick"
    stick.mkdir()
    for index, (name, bundles) in enumerate([("North team laptop", 3), ("South team laptop", 1)]):
        monitor_home = root / f"monitor{index}"
        services.create_vault(monitor_home, "monitor", PASSPHRASE)
        with services.unlock(monitor_home, PASSPHRASE) as monitor:
            enrollment.enroll(monitor, kit.data, path="kit", today=today, code=kit.code)
            card = enrollment.device_card(monitor, label=name, today=today)
            for b in range(bundles):
                rows = [{"consent": "yes", "district": "north" if i % 3 else "south", "safe": "yes" if i % 2 else "no"}
                        for i in range(12 + 5 * b)]
                insert_records(monitor.vault, [NewRecord("community_check", "2026.1", "2026-1" + str(b), r) for r in rows])
                folder = root / f"m{index}b{b}"
                folder.mkdir()
                # the South team's laptop made its only bundle seven weeks ago: it is late
                made = today if index == 0 else (date.today() - timedelta(days=50)).isoformat()
                path = sync_export.export_bundle(monitor, folder, today=made).path
                if not (index == 0 and b == 1):  # the North team's bundle 2 was lost on the way
                    target = stick / path.name
                    target.write_bytes(path.read_bytes())
                    files.append(target)
        with services.unlock(coordinator_home, PASSPHRASE) as coordinator:
            enrollment.approve_device(coordinator, enrollment.open_card(coordinator, card, "card"), today=today)
    damaged = bytearray(files[0].read_bytes())
    damaged[len(damaged) // 2] ^= 0x20
    bad = stick / "notes-copy.dat"
    bad.write_bytes(bytes(damaged))
    files.append(bad)
    files.append(files[1])  # the same stick read twice
    # A third laptop's card, sealed to the coordinator, waiting to be approved.
    card_home = root / "monitor9"
    services.create_vault(card_home, "monitor", PASSPHRASE)
    with services.unlock(card_home, PASSPHRASE) as monitor:
        enrollment.enroll(monitor, kit.data, path="kit", today=today, code=kit.code)
        (root / "card.dat").write_bytes(enrollment.device_card(monitor, label="East team laptop", today=today))
    return coordinator_home, files


def main() -> int:
    configure_application()
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        coordinator_home, files = make_data(Path(tmp))
        window = build_window(app, coordinator_home, services)
        window.resize(1366, 768)
        window.move(0, 0)
        window.show()
        QTest.qWaitForWindowExposed(window)
        unlock(window, PASSPHRASE)
        QTest.qWait(300)
        home = window.content.currentWidget()
        home.show_section("bundles")
        dialog = home.pages["bundles"].open_import()
        task = dialog.import_files(files)
        while not task.done:
            QTest.qWait(50)
        dialog.move((1366 - dialog.width()) // 2, (768 - dialog.height()) // 2)
        screen_shot("sync-import-results")
        dialog.accept()
        home.show_section("devices")
        screen_shot("sync-devices")
        home.show_section("overview")
        screen_shot("coordinator-overview")
        approve = home.pages["devices"]
        confirm = approve.approve_from(Path(tmp) / "card.dat")
        QTest.qWait(100)
        confirm.move((1366 - confirm.width()) // 2, (768 - confirm.height()) // 2)
        screen_shot("sync-approve-card")
        confirm.reject()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
