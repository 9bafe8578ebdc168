"""Completed, anonymised records (one row per interview).

``data`` is the anonymised answers as JSON; ``month`` the interview month
(``YYYY-MM``). ``bundle_id``/``exported_day`` are set by export,
``acknowledged`` by a coordinator's receipt (the sync capability).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from napsurvey.vault.connection import Connection
    from napsurvey.vault.store import Vault


@dataclass(frozen=True)
class NewRecord:
    """A record to insert."""

    form_id: str
    form_version: str
    month: str
    data: dict[str, Any]


def dump_record(data: dict[str, Any]) -> str:
    """A record body as stored (compact JSON, keys sorted)."""
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"), sort_keys=True)


#: (form_id, form_version, month, body already dumped with :func:`dump_record`)
RecordRow = tuple[str, str, str, str]


def insert_record(vault: Vault, record: NewRecord) -> int:
    """Store one completed record; returns its id."""
    with vault.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO records(form_id, form_version, month, status, data) VALUES (?, ?, ?, 'complete', ?)",
            (record.form_id, record.form_version, record.month, dump_record(record.data)),
        )
        return int(cur.lastrowid)


def insert_records(vault: Vault, records: Iterable[NewRecord]) -> int:
    """Store many records in one transaction (all or none); returns how many."""
    rows = [(r.form_id, r.form_version, r.month, dump_record(r.data)) for r in records]
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO records(form_id, form_version, month, status, data) VALUES (?, ?, ?, 'complete', ?)", rows
        )
    return len(rows)


def write_record_rows(conn: Connection, rows: Sequence[RecordRow]) -> None:
    """Store records whose bodies are already dumped (back-entry's workers dump them), inside
    the caller's transaction (no savepoint: see :func:`napsurvey.vault.repo.papers.add_papers`)."""
    conn.executemany(
        "INSERT INTO records(form_id, form_version, month, status, data) VALUES (?, ?, ?, 'complete', ?)", rows
    )


def count_records(vault: Vault) -> int:
    """All completed records."""
    return int(vault.connection.execute("SELECT count(*) FROM records").fetchone()[0])


def counts_by_form(vault: Vault) -> dict[str, int]:
    """form_id -> completed records."""
    rows = vault.connection.execute("SELECT form_id, count(*) FROM records GROUP BY form_id").fetchall()
    return {str(r[0]): int(r[1]) for r in rows}


def count_not_exported(vault: Vault) -> int:
    """Completed records not yet in any bundle."""
    return int(vault.connection.execute("SELECT count(*) FROM records WHERE bundle_id IS NULL").fetchone()[0])
