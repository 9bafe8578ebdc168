"""The coordinator's side of sync: import bundles, see the gaps, write receipts.

:func:`import_bundles`, :func:`gaps`, :func:`write_receipt`,
:func:`write_receipt_file`. The monitor's side is
:mod:`napsurvey.services.sync_export`.

Each bundle is imported all or nothing: a bundle that does not verify, or
whose counts conflict with what is already here, changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from napsurvey.bundle import sealed, store
from napsurvey.bundle.documents import sign_document
from napsurvey.bundle.envelope import MAX_BUNDLE_BYTES, Opened, open_sealed
from napsurvey.bundle.formats import DOCUMENT_FORMAT_VERSION, Receipt, ReceiptEntry
from napsurvey.bundle.keys import age_identity, age_recipient
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.files import document_target, write_verified
from napsurvey.services.session import Session
from napsurvey.vault.connection import Connection
from napsurvey.vault.fingerprint import fingerprint, legacy_short_id
from napsurvey.vault.repo.audit import log_event
from napsurvey.vault.store import Vault

__all__ = ["ImportOutcome", "ImportReport", "ImportStatus", "gaps", "import_bundles", "write_receipt",
           "write_receipt_file"]

ImportStatus = Literal["imported", "duplicate", "refused"]


@dataclass(frozen=True)
class ImportOutcome:
    """The result for one file."""

    path: str
    status: ImportStatus
    code: ErrorCode | None = None
    message: str = ""
    device_id: str = ""
    sequence: int = 0

    @property
    def ok(self) -> bool:
        """Imported, or an exact duplicate of an imported bundle."""
        return self.status != "refused"


@dataclass(frozen=True)
class ImportReport:
    """Outcomes per file, and the sequence gaps afterwards."""

    outcomes: list[ImportOutcome]
    gaps: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every file was imported or was an exact duplicate."""
        return all(o.ok for o in self.outcomes)


def _read_bundle_file(path: Path) -> bytes:
    try:
        with path.open("rb") as fh:
            return fh.read(MAX_BUNDLE_BYTES + 1)
    except OSError as exc:
        raise NapError(ErrorCode.IO_ERROR, action="read", path=str(path), reason=exc.strerror or "error") from None


class _Importer:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        box = bytes(vault.box_private_key())
        self.box = box
        self.identities = [age_identity(box)]
        self.own = age_recipient(vault.box_public_key)
        keys = store.device_keys(vault.connection)
        # Bundles made by earlier versions name the device by its short id; the key decides who it is.
        self.keys = {**{legacy_short_id(k): k for k in keys.values()}, **keys}
        self.allowed = store.issued_form_versions(vault.connection)

    def open(self, data: bytes, path: str) -> Opened:
        opened = open_sealed(data, self.identities, self.keys.get, own_recipient=self.own, own_box_private=self.box,
                             path=path)
        tables = opened.body.tables
        pairs = [(t.form_id, v) for t in tables.aggregates for v in t.form_versions]
        pairs += [(d.form_id, v) for d in tables.denominators for v in d.form_versions]
        for form_id, version in pairs:
            if (form_id, version) not in self.allowed:
                raise NapError(ErrorCode.BUNDLE_FORM_VERSION, path=path, form_id=form_id, version=version[:40])
        return opened

    def merge(self, opened: Opened, path: str, day: str) -> ImportOutcome:
        m = opened.body.manifest
        device = fingerprint(opened.signer)  # one name per device, whichever id the bundle used
        if m.device_id != device:
            opened = _renamed(opened, device)
            m = opened.body.manifest
        conn = self.vault.connection
        same_id = store.imported_by_id(conn, m.bundle_id)
        if same_id is not None:
            if same_id.content_hash == opened.content_hash:
                err = NapError(ErrorCode.BUNDLE_REPLAYED, path=path, when=same_id.imported_day)
                return ImportOutcome(path, "duplicate", err.code, err.message, m.device_id, m.sequence)
            raise NapError(ErrorCode.BUNDLE_SEQUENCE_CONFLICT, path=path, device=m.device_id, sequence=m.sequence)
        same_seq = store.imported_by_sequence(conn, m.device_id, m.sequence)
        if same_seq is not None:
            raise NapError(ErrorCode.BUNDLE_SEQUENCE_CONFLICT, path=path, device=m.device_id, sequence=m.sequence)
        _check_chain(conn, opened, path)
        with self.vault.transaction() as tx:
            store.store_imported(tx, opened.body, opened.content_hash, day)
            log_event(self.vault, "imported", f"device {m.device_id} bundle {m.sequence}")
        return ImportOutcome(path, "imported", None, f"{path}: imported bundle {m.sequence} from device {m.device_id}",
                             m.device_id, m.sequence)


def _renamed(opened: Opened, device_id: str) -> Opened:
    """``opened`` filed under ``device_id`` (the content hash stays that of the bundle as signed)."""
    manifest = opened.body.manifest.model_copy(update={"device_id": device_id})
    return Opened(opened.body.model_copy(update={"manifest": manifest}), opened.content_hash, opened.signer)


def _check_chain(conn: Connection, opened: Opened, path: str) -> None:
    """Refuse a bundle that breaks its device's hash chain (BUNDLE_FORKED).

    Each bundle's signed manifest names the content hash of the device's
    previous bundle. Bundles may arrive in any order, so the link is checked
    from whichever side arrives second: against bundle N-1 if it is already
    here, and against bundle N+1's recorded ``prev_hash`` if that one came first.
    """
    m = opened.body.manifest
    if m.sequence == 1 and m.prev_hash:
        # A first bundle names no predecessor; one that does was not made by an honest device.
        raise NapError(ErrorCode.BUNDLE_FORKED, path=path, device=m.device_id, later=1, earlier=0)
    before = store.imported_by_sequence(conn, m.device_id, m.sequence - 1) if m.sequence > 1 else None
    if before is not None and before.content_hash != m.prev_hash:
        raise NapError(ErrorCode.BUNDLE_FORKED, path=path, device=m.device_id, later=m.sequence,
                       earlier=m.sequence - 1)
    after = store.imported_by_sequence(conn, m.device_id, m.sequence + 1)
    if after is not None and after.prev_hash is not None and after.prev_hash != opened.content_hash:
        raise NapError(ErrorCode.BUNDLE_FORKED, path=path, device=m.device_id, later=m.sequence + 1,
                       earlier=m.sequence)


def import_bundles(
    session: Session,
    paths: Sequence[Path],
    *,
    today: str,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import bundle files one by one, each all-or-nothing (coordinator)."""
    importer = _Importer(session.require_role("coordinator"))
    outcomes: list[ImportOutcome] = []
    for index, path in enumerate(paths):
        label = str(path)
        try:
            opened = importer.open(_read_bundle_file(path), label)
            outcomes.append(importer.merge(opened, label, today))
        except NapError as exc:
            outcomes.append(ImportOutcome(label, "refused", exc.code, exc.message))
        if progress is not None:
            progress(index + 1, len(paths))
    return ImportReport(outcomes, gaps(session))


def gaps(session: Session) -> list[str]:
    """One line per missing bundle: ``device 3FA1-9C2B-77D0: bundle 4 missing``."""
    lines: list[str] = []
    for device_id, missing in store.missing_sequences(session.vault.connection).items():
        lines.extend(f"device {device_id}: bundle {n} missing" for n in missing)
    return lines


def write_receipt(session: Session, *, today: str, device_id: str | None = None) -> bytes:
    """A signed list of imported bundles, all or of one device, sealed to those devices (coordinator)."""
    vault = session.require_role("coordinator")
    bundles = store.imported_bundles(vault.connection, device_id)
    if not bundles:
        raise NapError(ErrorCode.RECEIPT_NONE, device=f" from device {device_id}" if device_id else "")
    receipt = Receipt(
        format_version=DOCUMENT_FORMAT_VERSION,
        coordinator_fingerprint=vault.fingerprint,
        created_day=today,
        entries=[
            ReceiptEntry(device_id=b.device_id, sequence=b.sequence, bundle_id=b.bundle_id, bundle_hash=b.content_hash)
            for b in bundles
        ],
    )
    document = sign_document("receipt", receipt, bytes(vault.signing_key()))
    # Sealed to the devices it acknowledges: only they can read it, nobody else on the stick's way.
    boxes = {d.device_id: d.box_key for d in store.devices(vault.connection)}
    recipients = sorted({age_recipient(boxes[b.device_id]) for b in bundles})  # imported bundles come from approved devices
    return sealed.seal_to(document, recipients)


def write_receipt_file(session: Session, out: Path, *, today: str, device_id: str | None = None) -> Path:
    """Write the sealed receipt to ``out`` (0600, read back and compared; a folder gets a neutral name)."""
    data = write_receipt(session, today=today, device_id=device_id)
    target = document_target(out, today)
    write_verified(target, data)
    return target
