"""Reading the small files the sync screens pick (kits, cards, receipts), and today's date."""

from __future__ import annotations

from pathlib import Path

from napsurvey.services.files import read_document
from napsurvey.services.process import today_iso


def read_document_file(path: Path) -> bytes:
    """The bytes of a chosen file, or a coded refusal naming the file only (never its folder)."""
    return read_document(path, label=path.name)


def today() -> str:
    """Today as YYYY-MM-DD (the services take days as text)."""
    return today_iso()
