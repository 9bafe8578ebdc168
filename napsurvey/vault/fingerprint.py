"""Short fingerprints of public keys, to read aloud (``3FA1-9C2B-77D0``)."""

from __future__ import annotations

import hashlib


def fingerprint(public_key: bytes) -> str:
    """First 48 bits of SHA-256 of the key, as three groups of four hex digits."""
    digest = hashlib.sha256(b"napsurvey fingerprint\x00" + public_key).hexdigest()[:12].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 12, 4))
