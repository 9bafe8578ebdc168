"""The coordinator's side of sync: import bundles, see the gaps and the late devices, write receipts.

:func:`import_bundles`, :func:`gaps`, :func:`gap_lines`, :func:`device_silences`,
:func:`write_receipt`, :func:`write_receipt_file`. The monitor's side is
:mod:`napsurvey.services.sync_export`.

Each bundle is imported all or nothing: a bundle that does not verify, or
whose counts conflict with what is already here, changes nothing but the
audit trail, which records the refusal's code and the file's name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from napsurvey.bundle import chain, sealed, store
from napsurvey.bundle.documents import sign_document
from napsurvey.bundle.envelope import MAX_BUNDLE_BYTES, Opened, open_sealed
from napsurvey.bundle.files import Found, find_bundles
from napsurvey.bundle.formats import DOCUMENT_FORMAT_VERSION, BundleBody, Manifest, Receipt, ReceiptEntry
from napsurvey.bundle.keys import age_identity, age_recipient
from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.files import document_target, write_verified
from napsurvey.services.session import Session
from napsurvey.settings import DEFAULT_EXPECTED_INTERVAL_DAYS
from napsurvey.vault.fingerprint import fingerprint, legacy_short_id
from napsurvey.vault.repo.audit import file_name, log_event, log_refusal
from napsurvey.vault.store import Vault

__all__ = ["ImportOutcome", "ImportReport", "ImportStatus", "Silence", "device_silences", "duplicate_outcome",
           "expected_interval_days", "gap_lines", "gaps", "import_bundles", "import_each", "late_line", "ReceiptWritten",
           "write_receipt", "write_receipt_file"]

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
    gaps: list[str] = field(default_factory=list)  # of the devices this import brought a new bundle from
    skipped: int = 0  # files in the folders given that did not look like bundles
    touched: list[str] = field(default_factory=list)  # devices this import brought a new bundle from

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
    session: Session, paths: Sequence[Path], import_one: BundleImport, *,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[ImportOutcome], Found]:
    """Import files (or the bundles in folders) one by one, each all or nothing; a refusal does not stop the others.

    Both importers (the coordinator's and the hub's) go through this loop:
    BUNDLE_NONE_FOUND when there is no bundle at all, each refusal logged
    with its code and the file's name, exact duplicates counted on one line.
    """
    vault = session.vault
    found = find_bundles(paths)
    if not found.files:
        where = ", ".join(str(p) for p in found.empty_folders) or "the files given"
        raise NapError(ErrorCode.BUNDLE_NONE_FOUND, path=where[:300])
    outcomes: list[ImportOutcome] = []
    for index, path in enumerate(found.files):
        label = str(path)
        try:
            outcomes.append(import_one(_read_bundle_file(path), label))
        except NapError as exc:
            outcomes.append(ImportOutcome(label, "refused", exc.code, exc.message))
            log_refusal(vault, "import_refused", exc, file=label)
        if progress is not None:
            progress(index + 1, len(found.files))
    duplicates = sum(1 for o in outcomes if o.status == "duplicate")
    if duplicates:
        log_event(vault, "import_duplicates", f"{duplicates} exact duplicate(s), nothing changed",
                  data={"files": duplicates})
    return outcomes, found


def duplicate_outcome(copy: store.ImportedBundle, manifest: Manifest, path: str) -> ImportOutcome:
    """The outcome of a file that is an exact copy of an imported bundle: nothing changes."""
    err = NapError(ErrorCode.BUNDLE_REPLAYED, path=path, when=copy.imported_day)
    return ImportOutcome(path, "duplicate", err.code, err.message, manifest.device_id, manifest.sequence)


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

    def open(self, data: bytes, path: str) -> Opened[BundleBody]:
        opened = open_sealed(data, self.identities, self.keys.get, own_recipient=self.own, own_box_private=self.box,
                             path=path)
        tables = opened.body.tables
        pairs = [(t.form_id, v) for t in tables.aggregates for v in t.form_versions]
        pairs += [(d.form_id, v) for d in tables.denominators for v in d.form_versions]
        for form_id, version in pairs:
            if (form_id, version) not in self.allowed:
                raise NapError(ErrorCode.BUNDLE_FORM_VERSION, path=path, form_id=form_id, version=version[:40])
        return opened

    def merge(self, opened: Opened[BundleBody], path: str, day: str) -> ImportOutcome:
        m = opened.body.manifest
        device = fingerprint(opened.signer)  # one name per device, whichever id the bundle used
        if m.device_id != device:
            opened = _renamed(opened, device)
            m = opened.body.manifest
        conn = self.vault.connection
        copy = chain.existing_copy(conn, m, opened.content_hash, path)
        if copy is not None:
            return duplicate_outcome(copy, m, path)
        chain.check_chain(conn, m, opened.content_hash, path)
        with self.vault.transaction() as tx:
            store.store_imported(tx, opened.body, opened.content_hash, day)
            log_event(self.vault, "imported", f"device {m.device_id} bundle {m.sequence}",
                      data={"device": m.device_id, "sequence": m.sequence, "file": file_name(path)})
        return ImportOutcome(path, "imported", None, f"{path}: imported bundle {m.sequence} from device {m.device_id}",
                             m.device_id, m.sequence)


def _renamed(opened: Opened[BundleBody], device_id: str) -> Opened[BundleBody]:
    """``opened`` filed under ``device_id`` (the content hash stays that of the bundle as signed)."""
    manifest = opened.body.manifest.model_copy(update={"device_id": device_id})
    return replace(opened, body=opened.body.model_copy(update={"manifest": manifest}))


def import_bundles(
    session: Session,
    paths: Sequence[Path],
    *,
    today: str,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import bundle files one by one, each all-or-nothing (coordinator).

    ``paths`` may name folders: the bundle files in them and in their
    subfolders, one level down, are imported (other files are passed over;
    BUNDLE_NONE_FOUND when there is no bundle at all). Refused files are
    logged with their code and name; exact duplicates are counted on one
    line. The report's gap lines are those of the devices this import
    brought a new bundle from.
    """
    vault = session.require_role("coordinator")
    importer = _Importer(vault)
    outcomes, found = import_each(
        session, paths, lambda data, label: importer.merge(importer.open(data, label), label, today), progress=progress)
    touched = sorted({o.device_id for o in outcomes if o.status == "imported"})
    return ImportReport(outcomes, gap_lines(session, touched, today=today), skipped=found.skipped, touched=touched)


def gaps(session: Session) -> list[str]:
    """Every device's missing bundles: ``device 31415-92653-58979-32384-62643-38327-95028-84197: bundle 4 missing``."""
    return gap_lines(session)


def gap_lines(session: Session, device_ids: Sequence[str] | None = None, *, today: str | None = None) -> list[str]:
    """One line per missing bundle, and with ``today`` (ISO day) one per late device.

    ``device_ids`` limits the lines to those devices.
    """
    wanted = None if device_ids is None else set(device_ids)
    lines: list[str] = []
    for device_id, missing in store.missing_sequences(session.require_role("coordinator").connection).items():
        if wanted is None or device_id in wanted:
            lines.extend(f"device {device_id}: bundle {n} missing" for n in missing)
    if today is not None:
        lines += [late_line(s) for s in device_silences(session, date.fromisoformat(today))
                  if s.late and (wanted is None or s.device_id in wanted)]
    return lines


@dataclass(frozen=True)
class Silence:
    """How long a device has been quiet."""

    device_id: str
    last_seen_day: str
    days_silent: int
    due_day: str
    late: bool
    interval_days: int


def expected_interval_days(session: Session) -> int:
    """How often a device should send a bundle: the newest issued kit's setting (35 days before any kit)."""
    kits = store.issued_kits(session.require_role("coordinator").connection)
    return kits[-1].expected_interval_days if kits else DEFAULT_EXPECTED_INTERVAL_DAYS


def device_silences(session: Session, today: date) -> list[Silence]:
    """For every approved device: its last seen day (newest bundle made, else approval), and whether it is late.

    A lost bundle shows as a gap only once the device's next bundle arrives;
    a device silent for longer than the kit's interval shows before that.
    """
    conn = session.require_role("coordinator").connection
    interval = expected_interval_days(session)
    sent = store.bundles_per_device(conn)
    out = []
    for device in store.devices(conn):
        stats = sent.get(device.device_id)
        seen = stats.newest_day if stats else device.approved_day
        seen_day = date.fromisoformat(seen)
        silent = max(0, (today - seen_day).days)  # a laptop clock ahead of ours is not "silent for -3 days"
        out.append(Silence(device.device_id, seen, silent, (seen_day + timedelta(days=interval)).isoformat(),
                           silent > interval, interval))
    return out


def late_line(silence: Silence) -> str:
    """``device 31415-92653-58979-32384-62643-38327-95028-84197: late, no bundle since 2026-09-14 (78 days; one expected every 35)``."""
    return (f"device {silence.device_id}: late, no bundle since {silence.last_seen_day} "
            f"({silence.days_silent} days; one expected every {silence.interval_days})")


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


@dataclass(frozen=True)
class ReceiptWritten:
    """Where a receipt went and how many bundles it acknowledges."""

    path: Path
    bundles: int


def write_receipt_file(session: Session, out: Path, *, today: str, device_id: str | None = None) -> ReceiptWritten:
    """Write the sealed receipt to ``out`` (0600, read back and compared; a folder gets a neutral name) and log it."""
    vault = session.require_role("coordinator")
    data = write_receipt(session, today=today, device_id=device_id)
    target = document_target(out, today)
    write_verified(target, data)
    count = len(store.imported_bundles(vault.connection, device_id))
    scope = f" of device {device_id}" if device_id else ""
    log_event(vault, "receipt_written", f"{count} bundle(s){scope}", data={"bundles": count, "device": device_id})
    return ReceiptWritten(target, count)
