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

from napsurvey.bundle import chain, store
from napsurvey.bundle.documents import sign_document
from napsurvey.bundle.envelope import MAX_BUNDLE_BYTES, Opened, open_sealed
from napsurvey.bundle.formats import DOCUMENT_FORMAT_VERSION, BundleBody, Manifest, Receipt, ReceiptEntry
from napsurvey.bundle.keys import age_identity, age_recipient
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.files import write_verified
from napsurvey.services.session import Session
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
    label: str = ""  # the sender's name where the importer knows one (a hub's member)

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


BundleImport = Callable[[bytes, str], ImportOutcome]
"""Opens, checks and merges one bundle file's bytes (named by its path); raises a coded NapError to refuse it."""


def import_each(
    paths: Sequence[Path], import_one: BundleImport, *, progress: Callable[[int, int], None] | None = None
) -> list[ImportOutcome]:
    """Import files one by one, each all or nothing; a refused file does not stop the others.

    Both importers (the coordinator's and the hub's) go through this loop.
    """
    outcomes: list[ImportOutcome] = []
    for index, path in enumerate(paths):
        label = str(path)
        try:
            outcomes.append(import_one(_read_bundle_file(path), label))
        except NapError as exc:
            outcomes.append(ImportOutcome(label, "refused", exc.code, exc.message))
        if progress is not None:
            progress(index + 1, len(paths))
    return outcomes


def duplicate_outcome(copy: store.ImportedBundle, manifest: Manifest, path: str) -> ImportOutcome:
    """The outcome of a file that is an exact copy of an imported bundle: nothing changes."""
    err = NapError(ErrorCode.BUNDLE_REPLAYED, path=path, when=copy.imported_day)
    return ImportOutcome(path, "duplicate", err.code, err.message, manifest.device_id, manifest.sequence)


class _Importer:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        box = bytes(vault.box_private_key())
        self.identities = [age_identity(box)]
        self.own = age_recipient(vault.box_public_key)
        self.keys = store.device_keys(vault.connection)
        self.allowed = store.issued_form_versions(vault.connection)

    def open(self, data: bytes, path: str) -> Opened[BundleBody]:
        opened = open_sealed(data, self.identities, self.keys.get, own_recipient=self.own, path=path)
        tables = opened.body.tables
        pairs = [(t.form_id, v) for t in tables.aggregates for v in t.form_versions]
        pairs += [(d.form_id, v) for d in tables.denominators for v in d.form_versions]
        for form_id, version in pairs:
            if (form_id, version) not in self.allowed:
                raise NapError(ErrorCode.BUNDLE_FORM_VERSION, path=path, form_id=form_id, version=version[:40])
        return opened

    def merge(self, opened: Opened[BundleBody], path: str, day: str) -> ImportOutcome:
        m = opened.body.manifest
        conn = self.vault.connection
        copy = chain.existing_copy(conn, m, opened.content_hash, path)
        if copy is not None:
            return duplicate_outcome(copy, m, path)
        chain.check_chain(conn, m, opened.content_hash, path)
        with self.vault.transaction() as tx:
            store.store_imported(tx, opened.body, opened.content_hash, day)
            log_event(self.vault, "imported", f"device {m.device_id} bundle {m.sequence}")
        return ImportOutcome(path, "imported", None, f"{path}: imported bundle {m.sequence} from device {m.device_id}",
                             m.device_id, m.sequence)


def import_bundles(
    session: Session,
    paths: Sequence[Path],
    *,
    today: str,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import bundle files one by one, each all-or-nothing (coordinator)."""
    importer = _Importer(session.require_role("coordinator"))
    outcomes = import_each(paths, lambda data, label: importer.merge(importer.open(data, label), label, today),
                           progress=progress)
    return ImportReport(outcomes, gaps(session))


def gaps(session: Session) -> list[str]:
    """One line per missing bundle: ``device 3FA1-9C2B-77D0: bundle 4 missing`` (at a hub: ``member ...``)."""
    vault = session.vault
    sender = "member" if vault.role == "hub" else "device"
    lines: list[str] = []
    for device_id, missing in store.missing_sequences(vault.connection).items():
        lines.extend(f"{sender} {device_id}: bundle {n} missing" for n in missing)
    return lines


def write_receipt(session: Session, *, today: str, device_id: str | None = None) -> bytes:
    """A signed list of imported bundles, all or of one device (coordinator)."""
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
    return sign_document("receipt", receipt, bytes(vault.signing_key()))


def write_receipt_file(session: Session, out: Path, *, today: str, device_id: str | None = None) -> Path:
    """Write the receipt to ``out`` (0600, read back and compared)."""
    write_verified(out, write_receipt(session, today=today, device_id=device_id))
    return out
