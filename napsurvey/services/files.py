"""Files the services read and write for both front ends: documents on a stick, tables, forms.

* :func:`write_verified` - kits, device cards, receipts and bundles: private
  (0600), written atomically, read back and compared, removed if they differ;
* :func:`write_plain` - published tables, reports and converted forms: atomic, readable (0644);
* :func:`read_document` - the small signed files the sync steps read (kits, cards, receipts);
* :func:`writable_file` - the check, before any work, that a file can be written there;
* :func:`document_target` - where a kit, card or receipt goes: the file given, or a neutral name in a folder.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from napsurvey.bundle.canonical import sha256_hex
from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault.atomic_write import writable_file, write_atomic

__all__ = [
    "MAX_DOCUMENT_BYTES", "document_target", "read_document", "suggested_name", "writable_file", "write_plain",
    "write_verified",
]

#: Kits carry forms and referral directories; anything larger is not one of ours.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


def write_verified(path: Path, data: bytes) -> str:
    """Write ``data`` atomically and privately (0600), read it back and compare; return its hex SHA-256.

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


def suggested_name(day: str) -> str:
    """A neutral file name for a kit, card or receipt on a stick (``notes-2026-11-23-7f3a9c.dat``).

    Not a bundle's name: a folder import must pass these over (see
    :func:`napsurvey.bundle.build.neutral_document_name`).
    """
    from napsurvey.bundle.build import neutral_document_name  # noqa: PLC0415 - the bundle models load when used (start-up time)

    return neutral_document_name(day)


def document_target(out: Path, day: str) -> Path:
    """``out`` itself, or a neutral name inside it when it is a folder (nothing on a stick names its purpose)."""
    if out.is_dir():
        return out / suggested_name(day)
    return writable_file(out)


def write_plain(path: Path, data: bytes) -> None:
    """Write a file meant to be shared (published tables, a report, a form), atomically, mode 0644."""
    write_atomic(path, data, mode=0o644)


def read_document(path: Path, what: str = "", *, label: str | None = None) -> bytes:
    """The bytes of a kit, card or receipt file, or a coded refusal (never a traceback).

    ``what`` names the document in the message ("read kit ..."); ``label`` is
    how the file is named there (default: the path as given; the GUI shows
    only the file name).
    """
    shown = str(path) if label is None else label
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        action = f"read {what}" if what else "read"
        raise NapError(ErrorCode.IO_ERROR, action=action, path=shown, reason=exc.strerror or "error") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise NapError(ErrorCode.FILE_TOO_LARGE, path=shown)
    return data
