"""The NAP's plan in the vault: the plan itself, its assessed periods, and the period being edited.

Bodies are the validated models as JSON (the services parse them back).
One plan per vault. Writes go through ``vault.transaction()``, so a service
can store a plan and its periods as one unit of work.
"""

from __future__ import annotations

from dataclasses import dataclass

from napsurvey.vault.connection import OpenVault
from napsurvey.vault.days import today_iso


@dataclass(frozen=True)
class StoredPlan:
    """The plan row."""

    plan_id: str
    body: str
    sha256: str
    imported_day: str


@dataclass(frozen=True)
class StoredPeriod:
    """One assessed period."""

    period_id: str
    period_end: str
    body: str
    stored_day: str
    source: str


def get_plan(vault: OpenVault) -> StoredPlan | None:
    """The stored plan, if any."""
    row = vault.connection.execute("SELECT plan_id, body, sha256, imported_day FROM plan WHERE id = 1").fetchone()
    return None if row is None else StoredPlan(str(row[0]), str(row[1]), str(row[2]), str(row[3]))


def put_plan(vault: OpenVault, plan_id: str, body: str, sha256: str) -> None:
    """Store (or replace) the plan."""
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO plan(id, plan_id, body, sha256, imported_day) VALUES (1, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET plan_id = excluded.plan_id, body = excluded.body, "
            "sha256 = excluded.sha256, imported_day = excluded.imported_day",
            (plan_id, body, sha256, today_iso()),
        )


def delete_plan(vault: OpenVault) -> None:
    """Remove the plan, its periods and its drafts."""
    with vault.transaction() as conn:
        conn.execute("DELETE FROM plan_drafts")
        conn.execute("DELETE FROM plan_periods")
        conn.execute("DELETE FROM plan")


def periods(vault: OpenVault) -> list[StoredPeriod]:
    """Every assessed period, oldest first."""
    rows = vault.connection.execute(
        "SELECT period_id, period_end, body, stored_day, source FROM plan_periods ORDER BY period_end, period_id"
    ).fetchall()
    return [StoredPeriod(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4])) for r in rows]


def put_period(vault: OpenVault, period_id: str, period_end: str, body: str, source: str) -> bool:
    """Store (or replace) a period; True if it replaced one."""
    with vault.transaction() as conn:
        existed = conn.execute("SELECT 1 FROM plan_periods WHERE period_id = ?", (period_id,)).fetchone() is not None
        conn.execute(
            "INSERT INTO plan_periods(period_id, period_end, body, stored_day, source) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(period_id) DO UPDATE SET period_end = excluded.period_end, body = excluded.body, "
            "stored_day = excluded.stored_day, source = excluded.source",
            (period_id, period_end, body, today_iso(), source),
        )
    return existed


def draft(vault: OpenVault, period_id: str) -> str | None:
    """The desktop's unsaved edit of a period (JSON), if any."""
    row = vault.connection.execute("SELECT body FROM plan_drafts WHERE period_id = ?", (period_id,)).fetchone()
    return None if row is None else str(row[0])


def drafts(vault: OpenVault) -> list[str]:
    """Ids of the periods with an unsaved edit."""
    return [str(r[0]) for r in vault.connection.execute("SELECT period_id FROM plan_drafts ORDER BY period_id")]


def put_draft(vault: OpenVault, period_id: str, body: str) -> None:
    """Save the desktop's edit of a period (after every change)."""
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO plan_drafts(period_id, body, saved_day) VALUES (?, ?, ?) "
            "ON CONFLICT(period_id) DO UPDATE SET body = excluded.body, saved_day = excluded.saved_day",
            (period_id, body, today_iso()),
        )


def delete_draft(vault: OpenVault, period_id: str) -> None:
    """Drop the edit of a period (once stored, or abandoned)."""
    with vault.transaction() as conn:
        conn.execute("DELETE FROM plan_drafts WHERE period_id = ?", (period_id,))
