"""Three levels wired together: monitors under national coordinators, the coordinators under one hub.

Each coordinator enrolls its monitors with a kit, imports their bundles and
releases the closed quarters; each joins the hub and sends its releases up.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from napsurvey.services import enrollment, hub_enrollment, hub_export, hub_import, releases, sync_export, sync_import
from napsurvey.services.session import Session
from napsurvey.vault.repo.records import NewRecord, insert_records
from tests.bundle.homes import MINI_FORM, approve, approve_coordinator, enroll_document, join_document, make_session, random_answers

TODAY = "2026-11-23"
QUARTERS = {"2026-Q2": ("2026-04", "2026-05", "2026-06"), "2026-Q3": ("2026-07", "2026-08", "2026-09")}


@dataclass
class Country:
    name: str
    coordinator: Session
    monitors: list[Session]
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)


@dataclass
class Network:
    root: Path
    hub: Session
    countries: list[Country]

    def close(self) -> None:
        for c in self.countries:
            for s in (c.coordinator, *c.monitors):
                s.lock()
        self.hub.lock()


def pin_hub(coordinator: Session, hub: Session, name: str, *, raw_requests: Sequence[str] = (),
            threshold: int = 10, twinning: bool = False) -> None:
    """The coordinator joins the hub as a monitor joins its coordinator: hub kit, enroll, device card, approval."""
    kit = hub_enrollment.create_hub_kit(hub, form_texts=[], raw_requests=list(raw_requests), threshold=threshold,
                                        name="West Africa WPS network", today=TODAY)
    join_document(hub, coordinator, kit)
    approve_coordinator(hub, coordinator, label=name)
    if twinning:
        hub_export.set_sharing(coordinator, twinning=True)


def add_rows(monitor: Session, n: int, rng: random.Random, months: Sequence[str]) -> list[tuple[str, dict[str, Any]]]:
    rows = [(rng.choice(list(months)), random_answers(rng)) for _ in range(n)]
    insert_records(monitor.vault, [NewRecord("mini_survey", "2026.1", m, d) for m, d in rows])
    return rows


def make_country(root: Path, name: str, *, monitors: int, per_quarter: int, rng: random.Random) -> Country:
    coordinator = make_session(root / name / "coordinator", "coordinator")
    kit = enrollment.create_kit(coordinator, form_texts=[MINI_FORM], today=TODAY)
    country = Country(name, coordinator, [])
    for i in range(monitors):
        monitor = make_session(root / name / f"monitor{i}", "monitor")
        enroll_document(coordinator, monitor, kit)
        approve(coordinator, monitor, label=f"{name} {i + 1}")
        for quarter, months in QUARTERS.items():
            del quarter
            country.rows += add_rows(monitor, per_quarter, rng, months)
        bundle = sync_export.export_bundle(monitor, root / name / f"m{i}.dat", today=TODAY)
        assert sync_import.import_bundles(coordinator, [bundle.path], today=TODAY).ok
        country.monitors.append(monitor)
    for quarter in QUARTERS:
        releases.release(coordinator, "mini_survey", quarter.replace("-", ""), today=TODAY)
    return country


def make_network(root: Path, names: Sequence[str] = ("Sierra Leone", "Liberia"), *, monitors: int = 2,
                 per_quarter: int = 40, seed: int = 16, raw: Sequence[str] = (),
                 agree: Sequence[str] = (), twinning: Sequence[str] = ()) -> Network:
    """Two coordinators with two monitors each and one hub; every release sent up and imported."""
    rng = random.Random(seed)
    hub = make_session(root / "hub", "hub")
    network = Network(root, hub, [])
    for name in names:
        country = make_country(root, name, monitors=monitors, per_quarter=per_quarter, rng=rng)
        pin_hub(country.coordinator, hub, name, raw_requests=raw, twinning=name in twinning)
        if name in agree:
            hub_export.set_sharing(country.coordinator, raw_agreed=list(raw))
        up = hub_export.export_to_hub(country.coordinator, root / name / "up.dat", today=TODAY)
        report = hub_import.import_member_bundles(hub, [up.path], today=TODAY)
        assert report.ok, report.outcomes
        network.countries.append(country)
    return network
