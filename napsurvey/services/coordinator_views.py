"""What the coordinator sees: devices, bundles imported, coverage.

Plain pydantic models, so the GUI draws them and the CLI prints them the same way.
"""

from __future__ import annotations

from pydantic import BaseModel

from napsurvey.bundle import store
from napsurvey.services.session import Session


class DeviceView(BaseModel):
    """An approved device and how its bundles arrived."""

    device_id: str
    label: str
    approved_day: str
    bundles: int
    last_sequence: int
    last_bundle_day: str | None
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


def devices(session: Session) -> list[DeviceView]:
    """Approved devices with their last bundle and gaps."""
    conn = session.require_role("coordinator").connection
    missing = store.missing_sequences(conn)
    sent = store.bundles_per_device(conn)
    out = []
    for d in store.devices(conn):
        stats = sent.get(d.device_id)
        out.append(DeviceView(device_id=d.device_id, label=d.label, approved_day=d.approved_day,
                              bundles=stats.bundles if stats else 0, last_sequence=stats.last_sequence if stats else 0,
                              last_bundle_day=stats.last_day if stats else None, missing=missing.get(d.device_id, [])))
    return out


def bundles(session: Session) -> list[BundleView]:
    """Every imported bundle, by device and sequence."""
    vault = session.require_role("coordinator")
    return [
        BundleView(bundle_id=b.bundle_id, device_id=b.device_id, sequence=b.sequence, created_day=b.created_day,
                   imported_day=b.imported_day)
        for b in store.imported_bundles(vault.connection)
    ]


def coverage(session: Session) -> list[CoverageRow]:
    """Interviews per form and month, summed over every imported bundle."""
    conn = session.require_role("coordinator").connection
    return [CoverageRow.model_validate(row) for row in store.coverage_per_month(conn)]
