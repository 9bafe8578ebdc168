"""Interviews that store nothing but a count: refused, ended (child), stopped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from napsurvey.vault.connection import Connection
    from napsurvey.vault.store import Vault

Outcome = Literal["refused", "ended_child", "stopped"]


def add_outcome(vault: Vault, form_id: str, form_version: str, month: str, status: Outcome, n: int = 1) -> None:
    """Count ``n`` more interviews that ended with ``status``."""
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO outcomes(form_id, form_version, month, status, n) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(form_id, form_version, month, status) DO UPDATE SET n = n + excluded.n",
            (form_id, form_version, month, status, n),
        )


def outcome_counts(vault: Vault, form_id: str | None = None) -> dict[str, int]:
    """status -> total count (optionally for one form)."""
    sql = "SELECT status, sum(n) FROM outcomes"
    params: tuple[str, ...] = ()
    if form_id is not None:
        sql += " WHERE form_id = ?"
        params = (form_id,)
    rows = vault.connection.execute(sql + " GROUP BY status", params).fetchall()
    return {str(r[0]): int(r[1]) for r in rows}


def count_outcomes(conn: Connection, totals: dict[tuple[str, str, str, Outcome], int]) -> None:
    """Add counts per (form_id, form_version, month, status), inside the caller's transaction."""
    conn.executemany(
        "INSERT INTO outcomes(form_id, form_version, month, status, n) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT(form_id, form_version, month, status) DO UPDATE SET n = n + excluded.n",
        [(*key, n) for key, n in totals.items()],
    )
