"""What the coordinator sees: devices, bundles imported, coverage.

Plain pydantic models, so the GUI draws them and the CLI prints them the same way.
"""

from __future__ import annotations

from pydantic import BaseModel

from napsurvey.bundle import store
from napsurvey.services.enrollment import require_role
from napsurvey.services.sync import missing_sequences
from napsurvey.vault.store import Vault


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


def devices(vault: Vault) -> list[DeviceView]:
    """Approved devices with their last bundle and gaps."""
    require_role(vault, "coordinator")
    conn = vault.connection
    missing = missing_sequences(conn)
    stats = {
        str(d): (int(n), int(s), str(day))
        for d, n, s, day in conn.execute(
            "SELECT device_id, count(*), max(sequence), max(created_day) FROM sync_bundles GROUP BY device_id"
        )
    }
    out = []
    for d in store.devices(conn):
        n, last, day = stats.get(d.device_id, (0, 0, None))
        out.append(DeviceView(device_id=d.device_id, label=d.label, approved_day=d.approved_day, bundles=n,
                              last_sequence=last, last_bundle_day=day, missing=missing.get(d.device_id, [])))
    return out


def bundles(vault: Vault) -> list[BundleView]:
    """Every imported bundle, by device and sequence."""
    require_role(vault, "coordinator")
    return [
        BundleView(bundle_id=b.bundle_id, device_id=b.device_id, sequence=b.sequence, created_day=b.created_day,
                   imported_day=b.imported_day)
        for b in store.imported_bundles(vault.connection)
    ]


def coverage(vault: Vault) -> list[CoverageRow]:
    """Interviews per form and month, summed over every imported bundle."""
    require_role(vault, "coordinator")
    rows = vault.connection.execute(
        "SELECT d.form_id, d.period, sum(d.interviews), sum(d.refused), sum(d.ended_child), sum(d.stopped), "
        "count(DISTINCT b.device_id) FROM sync_denominators d JOIN sync_bundles b USING (bundle_id) "
        "GROUP BY d.form_id, d.period ORDER BY d.form_id, d.period"
    ).fetchall()
    return [
        CoverageRow(form_id=str(f), period=str(p), interviews=int(i), refused=int(r), ended_child=int(e),
                    stopped=int(s), devices=int(n))
        for f, p, i, r, e, s, n in rows
    ]
