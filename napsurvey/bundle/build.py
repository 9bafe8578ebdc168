"""Assembling a bundle body and its neutral file name."""

from __future__ import annotations

import secrets

from napsurvey.bundle.aggregate import periods_of
from napsurvey.bundle.canonical import canonical_hash
from napsurvey.bundle.formats import BUNDLE_FORMAT_VERSION, BundleBody, Manifest, Tables, tables_document
from napsurvey.bundle.keys import recipients_fingerprint


def new_bundle_id() -> str:
    """A fresh random bundle id (uuid4-sized, hex)."""
    return secrets.token_hex(16)


def make_body(
    tables: Tables,
    *,
    bundle_id: str,
    device_id: str,
    sequence: int,
    created_day: str,
    prev_hash: str,
    recipients: list[str],
) -> BundleBody:
    """The manifest + tables of a bundle, with hashes and fingerprints filled in."""
    manifest = Manifest(
        format_version=BUNDLE_FORMAT_VERSION,
        bundle_id=bundle_id,
        device_id=device_id,
        sequence=sequence,
        created_day=created_day,
        periods=periods_of(tables),
        prev_hash=prev_hash,
        recipients=sorted(recipients),
        recipient_fingerprint=recipients_fingerprint(recipients),
        tables_hash=canonical_hash(tables_document(tables)),
    )
    return BundleBody(manifest=manifest, tables=tables)


def neutral_file_name(created_day: str) -> str:
    """A bland name that says nothing about content or sender: ``notes-2026-11-23-7f3a.dat``."""
    return f"notes-{created_day}-{secrets.token_hex(2)}.dat"


def neutral_document_name(day: str) -> str:
    """As bland, for a sealed kit, card or receipt: ``notes-2026-11-23-7f3a9c.dat``.

    Six hex digits, not a bundle's four: a folder import takes a file by the
    name export gives a bundle even when its trailer is gone (a bundle cut
    short is reported), and must not take the documents written beside the
    bundles for bundles cut short. The name tells no more than the files'
    structure already does (a bundle ends with its trailer).
    """
    return f"notes-{day}-{secrets.token_hex(3)}.dat"
