"""Completed, anonymised records (one row per interview).

``data`` is the anonymised answers as JSON; ``month`` the interview month
(``YYYY-MM``). ``bundle_id``/``exported_day`` are set by export,
``acknowledged`` by a coordinator's receipt (the sync capability).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from napsurvey.vault.connection import OpenVault, one


@dataclass(frozen=True)
class NewRecord:
    """A record to insert."""

    form_id: str
    form_version: str
    month: str
    data: dict[str, Any]


def _dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"), sort_keys=True)


def insert_record(vault: OpenVault, record: NewRecord) -> int:
    """Store one completed record; returns its id."""
    with vault.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO records(form_id, form_version, month, status, data) VALUES (?, ?, ?, 'complete', ?)",
            (record.form_id, record.form_version, record.month, _dump(record.data)),
        )
        assert cur.lastrowid is not None  # an INSERT always names its row
        return cur.lastrowid


def insert_records(vault: OpenVault, records: Iterable[NewRecord]) -> int:
    """Store many records in one transaction (all or none); returns how many."""
    rows = [(r.form_id, r.form_version, r.month, _dump(r.data)) for r in records]
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO records(form_id, form_version, month, status, data) VALUES (?, ?, ?, 'complete', ?)", rows
        )
    return len(rows)


def count_records(vault: OpenVault) -> int:
    """All completed records."""
    return int(one(vault.connection.execute("SELECT count(*) FROM records"))[0])


def counts_by_form(vault: OpenVault) -> dict[str, int]:
    """form_id -> completed records."""
    rows = vault.connection.execute("SELECT form_id, count(*) FROM records GROUP BY form_id").fetchall()
    return {str(r[0]): int(r[1]) for r in rows}


def count_not_exported(vault: OpenVault) -> int:
    """Completed records not yet in any bundle."""
    return int(one(vault.connection.execute("SELECT count(*) FROM records WHERE bundle_id IS NULL"))[0])
