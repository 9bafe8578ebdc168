"""Completion: store the anonymised record (or just a count) and destroy the draft, atomically.

DESIGN section 5: the raw draft is destroyed in the same transaction that
stores the anonymised record, so there is never a moment where both exist on
disk, nor one where neither does. The repository calls below nest as
savepoints inside one ``BEGIN IMMEDIATE`` transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from napsurvey.vault.connection import Connection, OpenVault
from napsurvey.vault.repo.audit import log_event
from napsurvey.vault.repo.drafts import delete_draft
from napsurvey.vault.repo.outcomes import Outcome, add_outcome, count_outcomes
from napsurvey.vault.repo.records import NewRecord, RecordRow, insert_record, write_record_rows

#: (form_id, form_version, month, status) of an interview that keeps only a count.
OutcomeKey = tuple[str, str, str, Outcome]


def finish_draft(
    vault: OpenVault, draft_id: str | None, *, record: NewRecord | None = None, outcome: OutcomeKey | None = None
) -> int | None:
    """Store ``record`` or count ``outcome``, and delete the draft, in one transaction.

    Returns the new record id when a record was stored. ``draft_id`` None
    means there was no draft.
    """
    with vault.transaction():
        record_id: int | None = None
        if record is not None:
            record_id = insert_record(vault, record)
            log_event(vault, "interview_completed", record.form_id, data={"form_id": record.form_id})
        if outcome is not None:
            add_outcome(vault, *outcome)
            log_event(vault, f"interview_{outcome[3]}", outcome[0], data={"form_id": outcome[0]})
        if draft_id is not None:
            delete_draft(vault, draft_id)
    return record_id


def store_entered(conn: Connection, rows: Sequence[RecordRow], outcomes: Sequence[OutcomeKey]) -> None:
    """Back-entry: records (bodies already dumped) and counted-only outcomes, inside the
    caller's transaction (the batch's, or the whole file's)."""
    write_record_rows(conn, rows)
    totals: dict[OutcomeKey, int] = {}
    for outcome in outcomes:
        totals[outcome] = totals.get(outcome, 0) + 1
    if totals:
        count_outcomes(conn, totals)
