"""Fingerprints of public keys, to read aloud and compare: 40 digits in eight groups of five.

``31415-92653-58979-32384-62643-38327-95028-84197``: about 133 bits, so a
second key with the same fingerprint is out of reach (the 48-bit fingerprints
of earlier versions cost about 2^48 key generations). Digits, because a
monitor and a coordinator can read them to each other in any language; groups
of five, as Signal's safety numbers.

Each group is five bytes of SHA-512 over a domain-separated key, reduced
modulo 100000 (the bias of 2^40 mod 10^5 is below 10^-7). The fingerprint is
also the device id in bundles, cards and receipts. :func:`legacy_short_id`
is the 48-bit form earlier versions used, kept only to recognise what they made.
"""

from __future__ import annotations

import hashlib

GROUPS = 8
DIGITS = 5
#: A fingerprint, or (for what earlier versions made) a legacy short id.
PATTERN = r"^(\d{5}(-\d{5}){7}|[0-9A-F]{4}(-[0-9A-F]{4}){2,7})$"


def fingerprint(public_key: bytes) -> str:
    """The fingerprint of a public key: eight groups of five digits."""
    digest = hashlib.sha512(b"napsurvey/fingerprint/v2\x00" + public_key).digest()
    groups = (int.from_bytes(digest[5 * i : 5 * i + 5], "big") % 10**DIGITS for i in range(GROUPS))
    return "-".join(f"{g:0{DIGITS}d}" for g in groups)


def legacy_short_id(public_key: bytes) -> str:
    """The 48-bit id of earlier versions (``3FA1-9C2B-77D0``); never shown to compare keys."""
    digest = hashlib.sha256(b"napsurvey fingerprint\x00" + public_key).hexdigest()[:12].upper()
    return "-".join(digest[i : i + 4] for i in range(0, 12, 4))
