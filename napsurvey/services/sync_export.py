"""The monitor's side of sync: export a bundle, write one again, accept a receipt, retention.

:func:`export_bundle`, :func:`export_again`, :func:`list_exports`,
:func:`accept_receipt`; the retention purge is :meth:`Session.purge_expired`
(every unlock runs it). The coordinator's side is
:mod:`napsurvey.services.sync_import`.

Every write is one vault transaction, so a failure at any point (disk full,
a stick that reads back wrong) leaves the vault as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from napsurvey.bundle import sealed, store
from napsurvey.bundle.aggregate import FormLookup, add_outcomes, aggregate
from napsurvey.bundle.build import make_body, neutral_file_name, new_bundle_id
from napsurvey.bundle.canonical import sha256_hex
from napsurvey.bundle.documents import read_document
from napsurvey.bundle.envelope import body_bytes, seal
from napsurvey.bundle.formats import BundleBody, Receipt
from napsurvey.bundle.keys import age_identity, age_recipient, unb64
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.services.files import write_verified
from napsurvey.services.session import Session
from napsurvey.vault.connection import OpenVault
from napsurvey.vault.fingerprint import legacy_short_id
from napsurvey.vault.repo import outcomes as outcomes_repo
from napsurvey.vault.repo import records as records_repo
from napsurvey.vault.repo.audit import log_event, log_refusal
from napsurvey.vault.repo.forms import find_form
from napsurvey.vault.repo.settings import kit_form_versions
from napsurvey.vault.store import Vault

__all__ = [
    "Accepted",
    "ExportResult",
    "SentBundle",
    "accept_receipt",
    "export_again",
    "export_bundle",
    "list_exports",
]

SentBundle = store.SentBundle
Writer = Callable[[Path, bytes], str]


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    bundle_id: str
    sequence: int
    records: int
    file_sha256: str
    #: True when this export wrote a bundle recorded earlier whose file was never written whole.
    reissued: bool = False


def _form_lookup(vault: OpenVault) -> FormLookup:
    """form (id, version) -> the installed form, parsed once per export."""
    cache: dict[tuple[str, str], Form | None] = {}

    def lookup(form_id: str, version: str) -> Form | None:
        key = (form_id, version)
        if key not in cache:
            cache[key] = find_form(vault, form_id, version)
        return cache[key]

    return lookup


def _target(out: Path, day: str) -> Path:
    """``out`` itself, or a neutral name inside it when it is a folder."""
    if out.is_dir():
        return out / neutral_file_name(day)
    if out.exists():
        raise NapError(ErrorCode.FILE_EXISTS, path=str(out))
    if not out.parent.is_dir():
        raise NapError(ErrorCode.FOLDER_MISSING, path=str(out))
    return out


def _recipients(vault: OpenVault) -> list[str]:
    kit = store.installed_kit(vault.connection)
    if kit is None:
        raise NapError(ErrorCode.KIT_NOT_ENROLLED)
    recipients = [age_recipient(unb64(kit.kit.coordinator_box_key, 32))]
    if kit.kit.backup_recipient:
        recipients.append(kit.kit.backup_recipient)
    return recipients


def _coordinator_box_key(vault: OpenVault) -> bytes | None:
    """The pinned coordinator's X25519 key, for the bundle's "made for you" marker."""
    kit = store.installed_kit(vault.connection)
    return None if kit is None else unb64(kit.kit.coordinator_box_key, 32)


def export_bundle(session: Session, out: Path, *, today: str, write: Writer = write_verified) -> ExportResult:
    """Count the records not yet exported into a new bundle at ``out`` (monitor).

    ``out`` is a file, or a folder to get a neutral file name. The vault
    first records the bundle, with its records marked, in one transaction,
    *before* the file exists; the file is written (and read back) after, and
    only then is the bundle marked written. If the write fails or the process
    dies on the way, the bundle stays recorded and unwritten, and the next
    export writes that same bundle again (same id, sequence and content;
    ``reissued``) before any new one. So whatever reached a stick, the
    coordinator never sees two different bundles with one number.
    """
    vault = session.require_role("monitor")
    recipients = _recipients(vault)
    try:
        pending = store.unwritten(vault.connection)
        if pending is not None:
            return _write_recorded(session, pending.bundle_id, out, today=today, write=write, reissued=True)
        body, marked = _record_bundle(session, recipients, today)
        result = _write_recorded(session, body.manifest.bundle_id, out, today=today, write=write)
    except NapError as exc:
        if exc.code is not ErrorCode.BUNDLE_NOTHING_TO_EXPORT:  # a failed stick or a full disk is worth a line
            log_refusal(vault, "export_failed", exc)
        raise
    return ExportResult(result.path, result.bundle_id, result.sequence, marked, result.file_sha256)


def _record_bundle(session: Session, recipients: list[str], today: str) -> tuple[BundleBody, int]:
    """Build the next bundle from the records not yet exported and record it, marked, in one transaction."""
    vault = session.vault
    with vault.transaction():
        # Only forms that came in a kit: the coordinator refuses any other form version,
        # and one such record would make the whole bundle unimportable.
        allowed = kit_form_versions(vault)
        batch = records_repo.export_batch(vault, allowed)
        outcomes = [o for o in outcomes_repo.unsent_outcomes(vault) if (o[0], o[1]) in allowed]
        if batch.empty and not outcomes:
            raise NapError(ErrorCode.BUNDLE_NOTHING_TO_EXPORT)
        tables = add_outcomes(aggregate(records_repo.batch_rows(vault, batch), _form_lookup(vault)), outcomes)
        last = store.last_sent(vault.connection)
        body = make_body(
            tables,
            bundle_id=new_bundle_id(),
            device_id=vault.fingerprint,
            sequence=1 if last is None else last.sequence + 1,
            created_day=today,
            prev_hash="" if last is None else last.content_hash,
            recipients=recipients,
        )
        with vault.transaction() as conn:
            store.record_sent(conn, body, sha256_hex(body_bytes(body)))
        marked = records_repo.mark_exported(vault, batch, body.manifest.bundle_id, today)
        outcomes_repo.mark_outcomes_sent(vault, outcomes)
        log_event(vault, "exported", f"bundle {body.manifest.sequence}", data={"sequence": body.manifest.sequence})
    return body, marked


def _write_recorded(
    session: Session, bundle_id: str, out: Path, *, today: str, write: Writer, reissued: bool = False
) -> ExportResult:
    """Seal a recorded bundle, write and read it back at ``out``, then mark it written."""
    vault = session.vault
    body = store.sent_body(vault.connection, bundle_id)
    if body is None:
        raise NapError(ErrorCode.BUNDLE_UNKNOWN_ID, bundle_id=bundle_id[:40])
    target = _target(out, today)
    data = seal(body, bytes(vault.signing_key()), body.manifest.recipients, marker_for=_coordinator_box_key(vault))
    file_hash = write(target, data)
    with vault.transaction() as conn:
        store.mark_written(conn, bundle_id, today)
        if reissued:
            log_event(vault, "exported_again", f"bundle {body.manifest.sequence} (it had not been written)",
                      data={"sequence": body.manifest.sequence})
    count = records_repo.count_in_bundle(vault, bundle_id)
    return ExportResult(target, bundle_id, body.manifest.sequence, count, file_hash, reissued)


def export_again(
    session: Session, bundle_id: str, out: Path, *, today: str, write: Writer = write_verified
) -> ExportResult:
    """Re-create a lost bundle from its stored content: same id, sequence and manifest (monitor)."""
    vault = session.require_role("monitor")
    body = store.sent_body(vault.connection, bundle_id)
    if body is None:
        raise NapError(ErrorCode.BUNDLE_UNKNOWN_ID, bundle_id=bundle_id[:40])
    target = _target(out, body.manifest.created_day)
    data = seal(body, bytes(vault.signing_key()), body.manifest.recipients, marker_for=_coordinator_box_key(vault))
    file_hash = write(target, data)
    count = records_repo.count_in_bundle(vault, bundle_id)
    with vault.transaction() as conn:
        store.mark_written(conn, bundle_id, today)
        log_event(vault, "exported_again", f"bundle {body.manifest.sequence}", data={"sequence": body.manifest.sequence})
    return ExportResult(target, bundle_id, body.manifest.sequence, count, file_hash)


def list_exports(session: Session) -> list[SentBundle]:
    """Bundles this device made, oldest first."""
    vault = session.require_role("monitor")
    return store.sent_bundles(vault.connection)


@dataclass(frozen=True)
class Accepted:
    """What a receipt acknowledged on this device."""

    bundles: int
    records: int


def accept_receipt(session: Session, data: bytes, *, path: str, today: str) -> Accepted:
    """Verify a receipt with the kit's coordinator key and acknowledge the bundles it lists (monitor).

    A refused receipt is logged with its code and file name.
    """
    vault = session.require_role("monitor")
    try:
        return _accept_receipt(vault, data, path, today)
    except NapError as exc:
        log_refusal(vault, "receipt_refused", exc, file=path)
        raise


def _accept_receipt(vault: Vault, data: bytes, path: str, today: str) -> Accepted:
    kit = store.installed_kit(vault.connection)
    if kit is None:
        raise NapError(ErrorCode.KIT_NOT_ENROLLED)
    if sealed.sealing_of(data) is None:
        raise NapError(ErrorCode.RECEIPT_BAD, path=path, reason="it is not sealed; ask the coordinator for a new receipt")
    document = sealed.open_with_identity(data, [age_identity(bytes(vault.box_private_key()))], path=path,
                                         not_for_us=ErrorCode.RECEIPT_NOT_FOR_US, bad=ErrorCode.RECEIPT_BAD)
    receipt, signer = read_document("receipt", document, Receipt, path=path)
    if signer != kit.coordinator_signing_key:
        raise NapError(ErrorCode.RECEIPT_BAD_SIGNATURE, path=path)
    sent = {b.bundle_id: b for b in store.sent_bundles(vault.connection)}
    mine_ids = {vault.fingerprint, legacy_short_id(vault.signing_public_key)}  # receipts of earlier versions use the short id
    bundles = records = 0
    with vault.transaction() as conn:
        for entry in receipt.entries:
            mine = sent.get(entry.bundle_id)
            if entry.device_id not in mine_ids or mine is None or mine.content_hash != entry.bundle_hash:
                continue  # another device's bundle, or not what we sent: acknowledge nothing
            if mine.acknowledged_day is None:
                store.acknowledge_sent(conn, mine.bundle_id, today)
                bundles += 1
            records += records_repo.acknowledge_bundle(vault, mine.bundle_id)
        log_event(vault, "receipt_accepted", f"{bundles} bundle(s), {records} record(s)",
                  data={"bundles": bundles, "records": records})
    return Accepted(bundles, records)
