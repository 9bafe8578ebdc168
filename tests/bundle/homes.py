"""Two homes (coordinator and monitor) wired together through a kit and a card."""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from napsurvey.services import enrollment, hub_enrollment
from napsurvey.services.session import Session
from napsurvey.vault.repo.records import NewRecord, insert_records
from napsurvey.vault.store import Vault

PASSPHRASE = "correct horse 42"
TODAY = "2026-11-23"

MINI_FORM = """\
settings:
  form_id: mini_survey
  form_title: Mini survey
  version: "2026.1"
  retention_days: 30
survey:
  - {type: select_one yes_no, name: consent, label: "Consent?"}
  - {type: select_one region, name: region, label: Region}
  - {type: select_one yes_no_dk, name: safe, label: "Safe?", relevant: "${consent} = 'yes'"}
  - {type: select_multiple service, name: services, label: Services}
choices:
  yes_no: [{name: "yes", label: "Yes"}, {name: "no", label: "No"}]
  yes_no_dk: [{name: "yes", label: "Yes"}, {name: "no", label: "No"}, {name: dk, label: "Don't know"}]
  region: [{name: north, label: North}, {name: south, label: South}]
  service: [{name: health, label: Health}, {name: police, label: Police}, {name: legal, label: Legal}]
indicators:
  - {name: safe_by_region, label: Safe by region, question: safe, by: [region], period: quarter}
  - {name: services_used, label: Services, question: services, period: month}
"""


@dataclass
class Homes:
    coordinator: Session
    monitor: Session
    kit: bytes

    def close(self) -> None:
        self.coordinator.lock()
        self.monitor.lock()


def make_session(home: Path, role: str) -> Session:
    """A new vault in ``home``, open as a session."""
    vault, _ = Vault.create(home, role, PASSPHRASE)
    return Session(home, vault)


def make_homes(root: Path, *, forms: list[str] | None = None) -> Homes:
    """Coordinator and monitor sessions; kit created and accepted; device approved."""
    coordinator = make_session(root / "coordinator", "coordinator")
    monitor = make_session(root / "monitor", "monitor")
    kit = enrollment.create_kit(coordinator, form_texts=forms or [MINI_FORM], today=TODAY)
    enroll_document(coordinator, monitor, kit)
    approve(coordinator, monitor)
    return Homes(coordinator, monitor, kit)


def sealed_kit(coordinator: Session, document: bytes) -> tuple[bytes, str]:
    """A signed kit sealed to a fresh enrollment code, as it travels on a stick; and the code."""
    kit = enrollment.seal_kit(coordinator, document)
    assert kit.code is not None
    return kit.data, kit.code


def enroll_document(coordinator: Session, monitor: Session, document: bytes, *, path: str = "kit") -> enrollment.Enrolled:
    """Seal a signed kit with a code and enroll the monitor with it."""
    data, code = sealed_kit(coordinator, document)
    return enrollment.enroll(monitor, data, path=path, today=TODAY, code=code)


def join_document(hub: Session, coordinator: Session, document: bytes, *, path: str = "hub-kit") -> hub_enrollment.JoinedHub:
    """Seal a signed hub kit with a code, as the hub writes it, and join the hub with it (coordinator)."""
    data, code = sealed_kit(hub, document)
    return hub_enrollment.join_hub(coordinator, data, path=path, today=TODAY, code=code)


def approve_coordinator(hub: Session, coordinator: Session, *, label: str = "") -> Any:
    """The coordinator's card, sealed to its hub, opened by the hub and approved."""
    card = enrollment.open_card(hub, enrollment.device_card(coordinator, label=label, today=TODAY), "card")
    return enrollment.approve_device(hub, card, today=TODAY)


def approve(coordinator: Session, monitor: Session, *, label: str = "Team North 2") -> Any:
    """The monitor's sealed card, opened by the coordinator and approved."""
    card = enrollment.open_card(coordinator, enrollment.device_card(monitor, label=label, today=TODAY), "card")
    return enrollment.approve_device(coordinator, card, today=TODAY)


def random_answers(rng: random.Random) -> dict[str, Any]:
    data: dict[str, Any] = {"consent": "yes"}
    if rng.random() < 0.9:
        data["region"] = rng.choice(["north", "south", "__declined__"])
    roll = rng.random()
    if roll < 0.8:
        data["safe"] = rng.choice(["yes", "no", "dk"])
    elif roll < 0.9:
        data["safe"] = "__declined__"
    if rng.random() < 0.7:
        data["services"] = sorted(rng.sample(["health", "police", "legal"], rng.randint(0, 3)))
    elif rng.random() < 0.5:
        data["services"] = "__declined__"
    return data


def add_records(
    session: Session, n: int, *, seed: int = 1, months: tuple[str, ...] = ("2026-10", "2026-11")
) -> list[tuple[str, dict[str, Any]]]:
    """Insert ``n`` random mini_survey records; return (month, answers) pairs."""
    rng = random.Random(seed)
    rows = [(rng.choice(months), random_answers(rng)) for _ in range(n)]
    insert_records(session.vault, [NewRecord("mini_survey", "2026.1", m, d) for m, d in rows])
    return rows


def quarter(month: str) -> str:
    return f"{month[:4]}-Q{(int(month[5:7]) + 2) // 3}"


def expected_counts(rows: list[tuple[str, dict[str, Any]]]) -> dict[tuple[str, tuple[str, ...]], int]:
    """Independent count, in plain Python, of what the indicators must hold."""
    out: Counter[tuple[str, tuple[str, ...]]] = Counter()
    for month, data in rows:
        if "safe" in data:
            out[("safe_by_region", (data["safe"], data.get("region", "__absent__"), quarter(month)))] += 1
        services = data.get("services")
        if isinstance(services, list):
            for s in services:
                out[("services_used", (s, month))] += 1
        elif services == "__declined__":
            out[("services_used", ("__declined__", month))] += 1
    return dict(out)


def stored_counts(session: Session) -> dict[tuple[str, tuple[str, ...]], int]:
    out: Counter[tuple[str, tuple[str, ...]]] = Counter()
    for indicator, key, n in session.vault.connection.execute("SELECT indicator, cell_key, n FROM sync_cells"):
        out[(str(indicator), tuple(json.loads(key)))] += int(n)
    return dict(out)


#: Audit lines a refused or duplicate import adds by design (it changes nothing else).
IMPORT_AUDIT_EVENTS = ("import_refused", "import_duplicates")


def dump_sync_tables(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the coordinator's sync tables and audit log, for before/after comparisons.

    The audit lines a refused or duplicate import adds are left out: they are all it may change.
    """
    tables = ["sync_devices", "sync_bundles", "sync_cells", "sync_denominators", "sync_kits_issued"]
    conn = session.vault.connection
    out = {t: sorted(map(tuple, conn.execute(f"SELECT * FROM {t}").fetchall()), key=repr) for t in tables}
    marks = ", ".join("?" * len(IMPORT_AUDIT_EVENTS))
    out["audit"] = [tuple(r) for r in conn.execute(
        f"SELECT * FROM audit WHERE event NOT IN ({marks}) ORDER BY id", IMPORT_AUDIT_EVENTS).fetchall()]
    return out
