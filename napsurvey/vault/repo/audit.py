"""The audit log: what happened and on which day - never an answer.

Events used by the vault and its services: ``vault_created``, ``unlocked``,
``unlock_failed``, ``passphrase_changed``, ``recovered``, ``forms_installed``,
``training_signed_off``, ``interview_completed``, ``exported``,
``exported_again``, ``imported``, ``receipt_accepted``, ``purged``. Other capabilities may add events; ``detail`` is a short
technical note (form id, counts, bundle id) and must never hold answer text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from napsurvey.vault.connection import OpenVault
from napsurvey.vault.days import today_iso

MAX_DETAIL = 200


@dataclass(frozen=True)
class AuditRow:
    """One event."""

    id: int
    day: str
    event: str
    detail: str


def log_event(vault: OpenVault, event: str, detail: str = "", *, day: date | None = None) -> None:
    """Append an event (day-coarse timestamp)."""
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO audit(day, event, detail) VALUES (?, ?, ?)", (today_iso(day), event, detail[:MAX_DETAIL])
        )


def list_events(vault: OpenVault) -> list[AuditRow]:
    """Every event, oldest first."""
    rows = vault.connection.execute("SELECT id, day, event, detail FROM audit ORDER BY id").fetchall()
    return [AuditRow(int(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows]


def last_day(vault: OpenVault, *events: str) -> str | None:
    """Day of the most recent of ``events`` (None if never)."""
    marks = ", ".join("?" * len(events))
    row = vault.connection.execute(
        f"SELECT day FROM audit WHERE event IN ({marks}) ORDER BY id DESC LIMIT 1", events  # noqa: S608 - only marks
    ).fetchone()
    return None if row is None else str(row[0])
