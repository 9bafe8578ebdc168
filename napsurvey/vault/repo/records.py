"""Completed, anonymised records (one row per interview).

``data`` is the anonymised answers as JSON; ``month`` the interview month
(``YYYY-MM``). ``bundle_id``/``exported_day`` are set by export,
``acknowledged`` by a coordinator's receipt (the sync capability).
"""

from __future__ import annotations

import json
import secrets
import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from napsurvey.settings import RECORD_KEY_SPACE
from napsurvey.vault.connection import Connection, OpenVault, Row, one


@dataclass(frozen=True)
class NewRecord:
    """A record to insert."""

    form_id: str
    form_version: str
    month: str
    data: dict[str, Any]


def new_record_key() -> int:
    """A fresh record key from the operating system's generator."""
    return secrets.randbelow(RECORD_KEY_SPACE)


def new_record_keys(count: int) -> list[int]:
    """``count`` fresh record keys from one read of the operating system's generator (back-entry
    stores thousands a second): four random bytes each, uniform over the key space as above."""
    return list(struct.unpack(f"<{count}I", secrets.token_bytes(4 * count)))


#: One encoder for every record (json.dumps with options builds a new one each call; back-entry
#: dumps thousands of records a second).
_RECORD_ENCODER = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"), sort_keys=True)


def dump_record(data: dict[str, Any]) -> str:
    """A record body as stored (compact JSON, keys sorted)."""
    return _RECORD_ENCODER.encode(data)


#: (form_id, form_version, month, body already dumped with :func:`dump_record`)
RecordRow = tuple[str, str, str, str]


def insert_record(vault: OpenVault, record: NewRecord) -> int:
    """Store one completed record; returns its id."""
    with vault.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO records(form_id, form_version, month, status, data, record_key) "
            "VALUES (?, ?, ?, 'complete', ?, ?)",
            (record.form_id, record.form_version, record.month, dump_record(record.data), new_record_key()),
        )
        assert cur.lastrowid is not None  # an INSERT always names its row
        return cur.lastrowid


def insert_records(vault: OpenVault, records: Iterable[NewRecord]) -> int:
    """Store many records in one transaction (all or none); returns how many."""
    given = list(records)
    keys = new_record_keys(len(given))
    rows = [(r.form_id, r.form_version, r.month, dump_record(r.data), k) for r, k in zip(given, keys, strict=True)]
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO records(form_id, form_version, month, status, data, record_key) "
            "VALUES (?, ?, ?, 'complete', ?, ?)",
            rows,
        )
    return len(rows)


def write_record_rows(conn: Connection, rows: Sequence[RecordRow]) -> None:
    """Store records whose bodies are already dumped (back-entry's workers dump them), each with
    a fresh record key, inside the caller's transaction (no savepoint: see
    :func:`napsurvey.vault.repo.papers.add_papers`)."""
    conn.executemany(
        "INSERT INTO records(form_id, form_version, month, status, data, record_key) VALUES (?, ?, ?, 'complete', ?, ?)",
        [(*row, key) for row, key in zip(rows, new_record_keys(len(rows)), strict=True)],
    )


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


# --- export and receipts (the sync capability) ------------------------------------------

#: Records waiting for export among the form versions given as a JSON list of [form_id, version].
_WAITING = (
    "bundle_id IS NULL AND (form_id, form_version) IN "
    "(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))"
)


@dataclass(frozen=True)
class ExportBatch:
    """The records one bundle takes: waiting, of the allowed form versions, up to ``last_id``.

    Fixing ``last_id`` first means a record completed while the bundle is
    made waits for the next one, and counting and marking see the same rows.
    """

    versions: str
    last_id: int | None

    @property
    def empty(self) -> bool:
        """True when no record waits."""
        return self.last_id is None


def export_batch(vault: OpenVault, versions: Iterable[tuple[str, str]]) -> ExportBatch:
    """The records waiting for export among ``versions`` (form_id, version)."""
    allowed = json.dumps(sorted([form_id, version] for form_id, version in versions))
    top = one(vault.connection.execute(f"SELECT max(id) FROM records WHERE {_WAITING}", (allowed,)))[0]  # noqa: S608
    return ExportBatch(allowed, None if top is None else int(top))


def batch_rows(vault: OpenVault, batch: ExportBatch) -> Iterable[Row]:
    """``(form_id, form_version, month, data, record_key)`` of every record of ``batch``, streamed."""
    if batch.last_id is None:
        return iter(())
    return vault.connection.execute(
        f"SELECT form_id, form_version, month, data, record_key FROM records WHERE {_WAITING} AND id <= ?",  # noqa: S608
        (batch.versions, batch.last_id),
    )


def mark_exported(vault: OpenVault, batch: ExportBatch, bundle_id: str, day: str) -> int:
    """Record that ``batch`` went out in ``bundle_id`` on ``day``; returns how many records."""
    if batch.last_id is None:
        return 0
    with vault.transaction() as conn:
        return conn.execute(
            f"UPDATE records SET bundle_id = ?, exported_day = ? WHERE {_WAITING} AND id <= ?",  # noqa: S608
            (bundle_id, day, batch.versions, batch.last_id),
        ).rowcount


def count_in_bundle(vault: OpenVault, bundle_id: str) -> int:
    """Records that went out in ``bundle_id``."""
    return int(one(vault.connection.execute("SELECT count(*) FROM records WHERE bundle_id = ?", (bundle_id,)))[0])


def acknowledge_bundle(vault: OpenVault, bundle_id: str) -> int:
    """Mark the records of ``bundle_id`` as acknowledged by the coordinator; returns how many were not yet."""
    with vault.transaction() as conn:
        return conn.execute(
            "UPDATE records SET acknowledged = 1 WHERE bundle_id = ? AND acknowledged = 0", (bundle_id,)
        ).rowcount


def acknowledged_form_versions(vault: OpenVault) -> list[tuple[str, str]]:
    """(form_id, version) of the forms that have acknowledged records."""
    rows = vault.connection.execute("SELECT DISTINCT form_id, form_version FROM records WHERE acknowledged = 1")
    return [(str(f), str(v)) for f, v in rows]


def purge_acknowledged(vault: OpenVault, form_id: str, version: str, cutoff: str) -> int:
    """Delete the acknowledged records of a form version exported on or before ``cutoff``; returns how many."""
    with vault.transaction() as conn:
        return conn.execute(
            "DELETE FROM records WHERE form_id = ? AND form_version = ? AND acknowledged = 1 "
            "AND exported_day IS NOT NULL AND exported_day <= ?",
            (form_id, version, cutoff),
        ).rowcount
