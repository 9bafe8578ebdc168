"""Sync use cases: export a bundle, import bundles, receipts, retention.

Monitor: :func:`export_bundle`, :func:`export_again`, :func:`list_exports`,
:func:`accept_receipt`, :func:`purge_expired`.
Coordinator: :func:`import_bundles`, :func:`write_receipt`.

Every write is one vault transaction, so a failure at any point (disk full,
a bundle that does not verify) leaves the vault as it was.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from napsurvey.bundle import store
from napsurvey.bundle.aggregate import Selection, add_outcomes, aggregate
from napsurvey.bundle.build import make_body, neutral_file_name, new_bundle_id
from napsurvey.bundle.canonical import sha256_hex
from napsurvey.bundle.documents import read_document, sign_document
from napsurvey.bundle.envelope import MAX_BUNDLE_BYTES, Opened, body_bytes, open_sealed, seal
from napsurvey.bundle.formats import DOCUMENT_FORMAT_VERSION, Receipt, ReceiptEntry
from napsurvey.bundle.keys import age_identity, age_recipient, unb64
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.services.enrollment import KIT_FORMS_SETTING, require_role
from napsurvey.vault.atomic_write import write_atomic
from napsurvey.vault.connection import one
from napsurvey.vault.form_text import parse_form_text
from napsurvey.vault.repo.audit import log_event
from napsurvey.vault.store import Vault

# --- monitor: export ------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote."""

    path: Path
    bundle_id: str
    sequence: int
    records: int
    file_sha256: str


def _form_lookup(vault: Vault) -> Callable[[str, str], Form | None]:
    cache: dict[tuple[str, str], Form | None] = {}

    def lookup(form_id: str, version: str) -> Form | None:
        key = (form_id, version)
        if key not in cache:
            row = vault.connection.execute(
                "SELECT body FROM forms WHERE form_id = ? AND version = ?", (form_id, version)
            ).fetchone()
            cache[key] = None if row is None else parse_form_text(str(row[0]))
        return cache[key]

    return lookup


def _target(out: Path, day: str) -> Path:
    """``out`` itself, or a neutral name inside it when it is a folder."""
    if out.is_dir():
        return out / neutral_file_name(day)
    if out.exists():
        raise NapError(ErrorCode.CLI_FILE, path=str(out), reason="already exists; choose another name")
    if not out.parent.is_dir():
        raise NapError(ErrorCode.CLI_FILE, path=str(out), reason="the folder does not exist")
    return out


def write_verified(path: Path, data: bytes) -> str:
    """Write ``data`` atomically, read it back and compare; return its hex SHA-256.

    temp file in the same folder -> fsync -> rename -> fsync folder. A file
    that reads back different (a failing stick) is removed and refused with
    BUNDLE_VERIFY_FAILED; a full disk is DISK_FULL; nothing is left behind.
    """
    write_atomic(path, data, mode=0o600)
    expected = sha256_hex(data)
    try:
        got = sha256_hex(path.read_bytes())
    except OSError:
        got = ""
    if got != expected:
        with contextlib.suppress(OSError):
            path.unlink()
        raise NapError(ErrorCode.BUNDLE_VERIFY_FAILED, path=path.name)
    return expected


def _recipients(vault: Vault) -> tuple[list[str], store.InstalledKit]:
    kit = store.installed_kit(vault.connection)
    if kit is None:
        raise NapError(ErrorCode.KIT_NOT_ENROLLED)
    recipients = [age_recipient(unb64(kit.kit.coordinator_box_key, 32))]
    if kit.kit.backup_recipient:
        recipients.append(kit.kit.backup_recipient)
    return recipients, kit


def kit_form_versions(conn: Any) -> set[tuple[str, str]]:
    """(form_id, version) of every form any accepted kit carried."""
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (KIT_FORMS_SETTING,)).fetchone()
    return set() if row is None else {(str(f), str(v)) for f, v in json.loads(row[0])}


def _new_outcomes(conn: Any) -> list[tuple[str, str, str, str, int]]:
    rows = conn.execute(
        "SELECT o.form_id, o.form_version, o.month, o.status, o.n - coalesce(s.n, 0) FROM outcomes o "
        "LEFT JOIN sync_outcomes_sent s USING (form_id, form_version, month, status) "
        "WHERE o.n > coalesce(s.n, 0)"
    ).fetchall()
    return [(str(a), str(b), str(c), str(d), int(e)) for a, b, c, d, e in rows]


def export_bundle(
    vault: Vault, out: Path, *, today: str, write: Callable[[Path, bytes], str] = write_verified
) -> ExportResult:
    """Count the records not yet exported into a new bundle at ``out`` (monitor).

    The bundle is recorded and its records marked exported in the same
    transaction that the file is written and verified in: if anything fails
    nothing is marked and no file is left.
    """
    require_role(vault, "monitor")
    recipients, _kit = _recipients(vault)
    target = _target(out, today)
    written: list[Path] = []
    try:
        with vault.transaction() as conn:
            return _export_steps(vault, conn, target, recipients, today, write, written)
    except BaseException:
        # The file is written last inside the transaction; if the commit itself
        # fails, remove it so no bundle exists whose records are not marked.
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        raise


def _export_steps(
    vault: Vault,
    conn: Any,
    target: Path,
    recipients: list[str],
    today: str,
    write: Callable[[Path, bytes], str],
    written: list[Path],
) -> ExportResult:
    # Only forms that came in a kit: the coordinator refuses any other form version,
    # and one such record would make the whole bundle unimportable.
    allowed = json.dumps(sorted(kit_form_versions(conn)))
    where = (
        "bundle_id IS NULL AND (form_id, form_version) IN "
        "(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?))"
    )
    top = conn.execute(f"SELECT max(id) FROM records WHERE {where}", (allowed,)).fetchone()[0]  # noqa: S608
    selection = Selection(f"{where} AND id <= ?", (allowed, int(top or 0)))
    outcomes = [o for o in _new_outcomes(conn) if [o[0], o[1]] in json.loads(allowed)]
    if top is None and not outcomes:
        raise NapError(ErrorCode.BUNDLE_NOTHING_TO_EXPORT)
    tables = add_outcomes(aggregate(conn, selection, _form_lookup(vault)), outcomes)
    last = store.last_sent(conn)
    body = make_body(
        tables,
        bundle_id=new_bundle_id(),
        device_id=vault.fingerprint,
        sequence=1 if last is None else last.sequence + 1,
        created_day=today,
        prev_hash="" if last is None else last.content_hash,
        recipients=recipients,
    )
    content_hash = sha256_hex(body_bytes(body))
    store.record_sent(conn, body, content_hash)
    marked = conn.execute(
        f"UPDATE records SET bundle_id = ?, exported_day = ? WHERE {selection.where}",  # noqa: S608
        (body.manifest.bundle_id, today, *selection.params),
    ).rowcount
    conn.executemany(
        "INSERT INTO sync_outcomes_sent(form_id, form_version, month, status, n) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(form_id, form_version, month, status) DO UPDATE SET n = n + excluded.n",
        outcomes,
    )
    log_event(vault, "exported", f"bundle {body.manifest.sequence}")
    data = seal(body, bytes(vault.signing_key()), recipients)
    file_hash = write(target, data)  # last: a failure here rolls everything back
    written.append(target)
    return ExportResult(target, body.manifest.bundle_id, body.manifest.sequence, int(marked), file_hash)


def export_again(
    vault: Vault, bundle_id: str, out: Path, *, today: str, write: Callable[[Path, bytes], str] = write_verified
) -> ExportResult:
    """Re-create a lost bundle from its stored content: same id, sequence and manifest (monitor)."""
    require_role(vault, "monitor")
    body = store.sent_body(vault.connection, bundle_id)
    if body is None:
        raise NapError(ErrorCode.BUNDLE_UNKNOWN_ID, bundle_id=bundle_id[:40])
    target = _target(out, body.manifest.created_day)
    data = seal(body, bytes(vault.signing_key()), body.manifest.recipients)
    file_hash = write(target, data)
    count = one(vault.connection.execute("SELECT count(*) FROM records WHERE bundle_id = ?", (bundle_id,)))[0]
    with vault.transaction():
        log_event(vault, "exported_again", f"bundle {body.manifest.sequence}")
    return ExportResult(target, bundle_id, body.manifest.sequence, int(count), file_hash)


def list_exports(vault: Vault) -> list[store.SentBundle]:
    """Bundles this device made, oldest first."""
    require_role(vault, "monitor")
    return store.sent_bundles(vault.connection)


# --- coordinator: import ----------------------------------------------------------------

Status = Literal["imported", "duplicate", "refused"]


@dataclass(frozen=True)
class ImportOutcome:
    """The result for one file."""

    path: str
    status: Status
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
        self.identities = [age_identity(box)]
        self.own = age_recipient(vault.box_public_key)
        self.keys = store.device_keys(vault.connection)
        self.allowed = store.issued_form_versions(vault.connection)

    def open(self, data: bytes, path: str) -> Opened:
        opened = open_sealed(data, self.identities, self.keys.get, own_recipient=self.own, path=path)
        tables = opened.body.tables
        pairs = [(t.form_id, v) for t in tables.aggregates for v in t.form_versions]
        pairs += [(d.form_id, v) for d in tables.denominators for v in d.form_versions]
        for form_id, version in pairs:
            if (form_id, version) not in self.allowed:
                raise NapError(ErrorCode.BUNDLE_FORM_VERSION, path=path, form_id=form_id, version=version[:40])
        return opened

    def merge(self, opened: Opened, path: str, day: str) -> ImportOutcome:
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


def _check_chain(conn: Any, opened: Opened, path: str) -> None:
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
    vault: Vault,
    paths: Sequence[Path],
    *,
    today: str,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Import bundle files one by one, each all-or-nothing (coordinator)."""
    require_role(vault, "coordinator")
    importer = _Importer(vault)
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
    return ImportReport(outcomes, gaps(vault))


def gaps(vault: Vault) -> list[str]:
    """One line per missing bundle: ``device 3FA1-9C2B-77D0: bundle 4 missing``."""
    lines: list[str] = []
    for device_id, missing in missing_sequences(vault.connection).items():
        lines.extend(f"device {device_id}: bundle {n} missing" for n in missing)
    return lines


def missing_sequences(conn: Any) -> dict[str, list[int]]:
    """device id -> sequence numbers below its highest that were never imported."""
    present: dict[str, set[int]] = {}
    for device_id, sequence in conn.execute("SELECT device_id, sequence FROM sync_bundles"):
        present.setdefault(str(device_id), set()).add(int(sequence))
    return {d: sorted(set(range(1, max(s) + 1)) - s) for d, s in sorted(present.items()) if len(s) < max(s)}


# --- receipts ----------------------------------------------------------------------------


def write_receipt(vault: Vault, *, today: str, device_id: str | None = None) -> bytes:
    """A signed list of imported bundles, all or of one device (coordinator)."""
    require_role(vault, "coordinator")
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


@dataclass(frozen=True)
class Accepted:
    """What a receipt acknowledged on this device."""

    bundles: int
    records: int


def accept_receipt(vault: Vault, data: bytes, *, path: str, today: str) -> Accepted:
    """Verify a receipt with the kit's coordinator key and acknowledge the bundles it lists (monitor)."""
    require_role(vault, "monitor")
    kit = store.installed_kit(vault.connection)
    if kit is None:
        raise NapError(ErrorCode.KIT_NOT_ENROLLED)
    receipt, signer = read_document("receipt", data, Receipt, path=path)
    if signer != kit.coordinator_signing_key:
        raise NapError(ErrorCode.RECEIPT_BAD_SIGNATURE, path=path)
    sent = {b.bundle_id: b for b in store.sent_bundles(vault.connection)}
    bundles = records = 0
    with vault.transaction() as conn:
        for entry in receipt.entries:
            mine = sent.get(entry.bundle_id)
            if entry.device_id != vault.fingerprint or mine is None or mine.content_hash != entry.bundle_hash:
                continue  # another device's bundle, or not what we sent: acknowledge nothing
            if mine.acknowledged_day is None:
                conn.execute("UPDATE sync_outbox SET acknowledged_day = ? WHERE bundle_id = ?", (today, mine.bundle_id))
                bundles += 1
            records += conn.execute(
                "UPDATE records SET acknowledged = 1 WHERE bundle_id = ? AND acknowledged = 0", (mine.bundle_id,)
            ).rowcount
        log_event(vault, "receipt_accepted", f"{bundles} bundle(s)")
    return Accepted(bundles, records)


def purge_expired(vault: Vault, today: date) -> int:
    """Delete acknowledged records older than their form's ``retention_days``; return how many.

    Only records a coordinator acknowledged (receipt) are ever purged; forms
    without ``retention_days`` keep their records.
    """
    total = 0
    rows = vault.connection.execute("SELECT DISTINCT form_id, form_version FROM records WHERE acknowledged = 1").fetchall()
    lookup = _form_lookup(vault)
    with vault.transaction() as conn:
        for form_id, version in rows:
            form = lookup(str(form_id), str(version))
            if form is None or form.settings.retention_days is None:
                continue
            cutoff = (today - timedelta(days=form.settings.retention_days)).isoformat()
            total += conn.execute(
                "DELETE FROM records WHERE form_id = ? AND form_version = ? AND acknowledged = 1 "
                "AND exported_day IS NOT NULL AND exported_day <= ?",
                (form_id, version, cutoff),
            ).rowcount
        if total:
            log_event(vault, "purged", f"{total} record(s)")
    return total

