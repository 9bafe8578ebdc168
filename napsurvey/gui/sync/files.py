"""Reading the small files the sync screens pick (kits, cards, receipts)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from napsurvey.errors import ErrorCode, NapError

#: Kits carry forms and referral directories; anything larger is not one of ours.
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024


def read_document_file(path: Path) -> bytes:
    """The bytes of a chosen file, or a coded refusal (never a traceback)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise NapError(ErrorCode.IO_ERROR, action="read", path=path.name, reason=exc.strerror or "error") from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise NapError(ErrorCode.CLI_FILE, path=path.name, reason="the file is far too large")
    return data


def today() -> str:
    """Today as YYYY-MM-DD (the services take days as text)."""
    return date.today().isoformat()
