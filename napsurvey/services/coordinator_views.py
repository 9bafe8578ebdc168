"""What the coordinator sees: devices, bundles imported, coverage.

Plain pydantic models, so the GUI draws them and the CLI prints them the same way.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from napsurvey.bundle import store
from napsurvey.services.session import Session
from napsurvey.services.sync_import import device_silences


class DeviceView(BaseModel):
    """An approved device, how its bundles arrived, and whether it has gone quiet."""

    device_id: str
    label: str
    approved_day: str
    bundles: int
    last_sequence: int
    last_bundle_day: str | None  # the day the device made its highest-numbered bundle
    last_import_day: str | None  # the day its newest bundle arrived here
    last_seen_day: str  # newest day known from the device: its newest bundle, else its approval
    days_silent: int
    due_day: str  # when its next bundle is expected
    late: bool  # silent for longer than the kit's expected interval
    missing: list[int]


class BundleView(BaseModel):
    """An imported bundle."""

    bundle_id: str
    device_id: str
    sequence: int
    created_day: str
    imported_day: str


class CoverageRow(BaseModel):
    """Interviews (and outcomes that keep only a count) per form and month."""

    form_id: str
    period: str
    interviews: int
    refused: int
    ended_child: int
    stopped: int
    devices: int


def devices(session: Session, today: date | None = None) -> list[DeviceView]:
    """Every approved device with its last bundle, gaps and lateness on ``today`` (default: the real today)."""
    conn = session.require_role("coordinator").connection
    missing = store.missing_sequences(conn)
    sent = store.bundles_per_device(conn)
    quiet = {s.device_id: s for s in device_silences(session, today or date.today())}
    out = []
    for d in store.devices(conn):
        stats = sent.get(d.device_id)
        silence = quiet[d.device_id]
        out.append(DeviceView(device_id=d.device_id, label=d.label, approved_day=d.approved_day,
                              bundles=stats.bundles if stats else 0, last_sequence=stats.last_sequence if stats else 0,
                              last_bundle_day=stats.last_day if stats else None,
                              last_import_day=stats.last_import_day if stats else None,
                              last_seen_day=silence.last_seen_day, days_silent=silence.days_silent,
                              due_day=silence.due_day, late=silence.late, missing=missing.get(d.device_id, [])))
    return out


def bundles(session: Session) -> list[BundleView]:
    """Every imported bundle, by device and sequence (at a hub: its members' upward bundles)."""
    vault = session.require_role("coordinator", "hub")
    return [
        BundleView(bundle_id=b.bundle_id, device_id=b.device_id, sequence=b.sequence, created_day=b.created_day,
                   imported_day=b.imported_day)
        for b in store.imported_bundles(vault.connection)
    ]


def coverage(session: Session) -> list[CoverageRow]:
    """Interviews per form and month, summed over every imported bundle."""
    conn = session.require_role("coordinator").connection
    return [CoverageRow.model_validate(row) for row in store.coverage_per_month(conn)]
