"""Two homes for the sync screen tests: a coordinator and a monitor, wired through the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from gui_support import PASSPHRASE

from napsurvey.services import enrollment, session, sync_export
from napsurvey.vault.repo.records import NewRecord, insert_records

MINI_FORM = """\
settings:
  form_id: mini_survey
  form_title: Mini survey
  version: "2026.1"
survey:
  - {type: select_one yes_no, name: consent, label: "Consent?"}
  - {type: select_one region, name: region, label: Region}
  - {type: select_one yes_no, name: safe, label: "Safe?"}
choices:
  yes_no: [{name: "yes", label: "Yes"}, {name: "no", label: "No"}]
  region: [{name: north, label: North}, {name: south, label: South}]
indicators:
  - {name: safe_by_region, label: Safe by region, question: safe, by: [region], period: month}
"""


@dataclass
class Homes:
    coordinator: Path
    monitor: Path
    kit: Path
    card: Path
    coordinator_fingerprint: str
    monitor_fingerprint: str
    code: str  # the enrollment code of ``kit``


def make_homes(root: Path, *, enroll: bool = True, approve: bool = True, records: int = 0) -> Homes:
    """Coordinator and monitor homes; a kit and a card on disk; optionally enrolled, approved, with records."""
    today = date.today().isoformat()
    coordinator_home, monitor_home = root / "coordinator", root / "monitor"
    session.create_vault(coordinator_home, "coordinator", PASSPHRASE)
    session.create_vault(monitor_home, "monitor", PASSPHRASE)
    with session.unlock(coordinator_home, PASSPHRASE) as coordinator:
        sealed_kit = enrollment.seal_kit(coordinator, enrollment.create_kit(coordinator, form_texts=[MINI_FORM], today=today))
        coordinator_fingerprint = coordinator.fingerprint
    kit = root / "kit.dat"
    kit.write_bytes(sealed_kit.data)
    with session.unlock(monitor_home, PASSPHRASE) as monitor:
        card_bytes = b""  # a card is sealed to the coordinator, so it comes after enrolling
        if enroll:
            enrollment.enroll(monitor, sealed_kit.data, path="kit", today=today, code=sealed_kit.code)
            card_bytes = enrollment.device_card(monitor, label="Team North 2", today=today)
        monitor_fingerprint = monitor.fingerprint
        if records:
            rows = [{"consent": "yes", "region": "north" if i % 3 else "south", "safe": "yes" if i % 2 else "no"}
                    for i in range(records)]
            insert_records(monitor.vault, [NewRecord("mini_survey", "2026.1", "2026-10", r) for r in rows])
    card = root / "card.dat"
    if card_bytes:
        card.write_bytes(card_bytes)
    if approve and card_bytes:
        with session.unlock(coordinator_home, PASSPHRASE) as coordinator:
            enrollment.approve_device(coordinator, enrollment.open_card(coordinator, card_bytes, "card"), today=today)
    return Homes(coordinator_home, monitor_home, kit, card, coordinator_fingerprint, monitor_fingerprint, sealed_kit.code or "")


def export_to(monitor_home: Path, folder: Path) -> Path:
    """Export a bundle from the monitor home through the services (no window)."""
    folder.mkdir(parents=True, exist_ok=True)
    with session.unlock(monitor_home, PASSPHRASE) as monitor:
        return sync_export.export_bundle(monitor, folder, today=date.today().isoformat()).path
