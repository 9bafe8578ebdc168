"""Drafts: the state of an interview in progress, saved after every answer.

A snapshot is whatever JSON the interview engine needs to resume. Saving is
one small UPDATE; a crash loses at most the answer being typed. Completion
(another capability) deletes the draft in the same transaction that stores
the anonymised record; ``secure_delete`` overwrites the freed pages, and the
write-ahead log, which still holds every autosaved version, is scrubbed once
that transaction commits (:meth:`napsurvey.vault.store.Vault.scrub_log`).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault.connection import OpenVault, one
from napsurvey.vault.days import month_iso


@dataclass(frozen=True)
class DraftInfo:
    """A draft without its content.

    ``started_at`` (local time, ``YYYY-MM-DDTHH:MM``), ``section`` (the name of
    the last top-level section reached) and ``answered`` tell drafts apart on
    the home page without showing anything a respondent said.
    """

    id: str
    form_id: str
    form_version: str
    started_month: str
    updated_seq: int
    started_at: str = ""
    section: str = ""
    answered: int = 0


@dataclass(frozen=True)
class Draft(DraftInfo):
    """A draft with its snapshot."""

    snapshot: Any = None


def _dump(snapshot: Any) -> str:
    return json.dumps(snapshot, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


def create_draft(vault: OpenVault, form_id: str, form_version: str, snapshot: Any, section: str = "") -> str:
    """Start a draft; returns its id."""
    draft_id = uuid.uuid4().hex
    started_at = datetime.now().strftime("%Y-%m-%dT%H:%M")
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO drafts(id, form_id, form_version, snapshot, started_month, updated_seq, started_at, section)"
            " VALUES (?, ?, ?, ?, ?, 0, ?, ?)",
            (draft_id, form_id, form_version, _dump(snapshot), month_iso(), started_at, section),
        )
    return draft_id


def save_draft(vault: OpenVault, draft_id: str, snapshot: Any, section: str | None = None, answered: int | None = None) -> int:
    """Replace the snapshot (one UPDATE), and the section reached and the answer count if given;
    returns the new sequence number."""
    with vault.transaction() as conn:
        cur = conn.execute(
            "UPDATE drafts SET snapshot = ?, updated_seq = updated_seq + 1,"
            " section = coalesce(?, section), answered = coalesce(?, answered) WHERE id = ?",
            (_dump(snapshot), section, answered, draft_id),
        )
        if cur.rowcount != 1:
            raise NapError(ErrorCode.VAULT_DRAFT_NOT_FOUND, draft_id=draft_id)
        seq = one(conn.execute("SELECT updated_seq FROM drafts WHERE id = ?", (draft_id,)))[0]
    return int(seq)


def get_draft(vault: OpenVault, draft_id: str) -> Draft:
    """The draft with its snapshot; VAULT_DRAFT_NOT_FOUND if absent."""
    row = vault.connection.execute(
        "SELECT id, form_id, form_version, started_month, updated_seq, snapshot FROM drafts WHERE id = ?", (draft_id,)
    ).fetchone()
    if row is None:
        raise NapError(ErrorCode.VAULT_DRAFT_NOT_FOUND, draft_id=draft_id)
    return Draft(str(row[0]), str(row[1]), str(row[2]), str(row[3]), int(row[4]), snapshot=json.loads(row[5]))


def list_drafts(vault: OpenVault, form_id: str | None = None) -> list[DraftInfo]:
    """Drafts (without content), oldest first."""
    sql = "SELECT id, form_id, form_version, started_month, updated_seq, started_at, section, answered FROM drafts"
    params: tuple[str, ...] = ()
    if form_id is not None:
        sql += " WHERE form_id = ?"
        params = (form_id,)
    rows = vault.connection.execute(sql + " ORDER BY rowid", params).fetchall()
    return [
        DraftInfo(str(r[0]), str(r[1]), str(r[2]), str(r[3]), int(r[4]), str(r[5]), str(r[6]), int(r[7])) for r in rows
    ]


def delete_draft(vault: OpenVault, draft_id: str) -> None:
    """Destroy a draft; VAULT_DRAFT_NOT_FOUND if absent."""
    with vault.transaction() as conn:
        if conn.execute("DELETE FROM drafts WHERE id = ?", (draft_id,)).rowcount != 1:
            raise NapError(ErrorCode.VAULT_DRAFT_NOT_FOUND, draft_id=draft_id)
        # secure_delete zeroes it in the database; the log still has every autosaved version.
        vault.scrub_log()


def count_drafts(vault: OpenVault) -> dict[str, int]:
    """form_id -> number of drafts."""
    rows = vault.connection.execute("SELECT form_id, count(*) FROM drafts GROUP BY form_id").fetchall()
    return {str(r[0]): int(r[1]) for r in rows}
