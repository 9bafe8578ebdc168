"""Interviews that store nothing but a count: refused, ended (child), stopped."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from napsurvey.vault.connection import Connection, OpenVault

Outcome = Literal["refused", "ended_child", "stopped"]


def add_outcome(vault: OpenVault, form_id: str, form_version: str, month: str, status: Outcome, n: int = 1) -> None:
    """Count ``n`` more interviews that ended with ``status``."""
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO outcomes(form_id, form_version, month, status, n) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT(form_id, form_version, month, status) DO UPDATE SET n = n + excluded.n",
            (form_id, form_version, month, status, n),
        )


def outcome_counts(vault: OpenVault, form_id: str | None = None) -> dict[str, int]:
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
#: (form_id, form_version, month, status, n): counts of interviews that kept no record.
OutcomeCount = tuple[str, str, str, str, int]


def unsent_outcomes(vault: OpenVault) -> list[OutcomeCount]:
    """Outcome counts not yet sent in a bundle (only the increase since the last one)."""
    rows = vault.connection.execute(
        "SELECT o.form_id, o.form_version, o.month, o.status, o.n - coalesce(s.n, 0) FROM outcomes o "
        "LEFT JOIN sync_outcomes_sent s USING (form_id, form_version, month, status) "
        "WHERE o.n > coalesce(s.n, 0)"
    ).fetchall()
    return [(str(a), str(b), str(c), str(d), int(e)) for a, b, c, d, e in rows]


def mark_outcomes_sent(vault: OpenVault, sent: Iterable[OutcomeCount]) -> None:
    """Add ``sent`` to what bundles already carried."""
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO sync_outcomes_sent(form_id, form_version, month, status, n) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(form_id, form_version, month, status) DO UPDATE SET n = n + excluded.n",
            list(sent),
        )
