"""Key encodings shared by kits, cards and bundles.

The coordinator's age identity is *derived* from the vault's X25519 box key:
age's X25519 recipient type uses the same curve and the same 32-byte scalar,
so the secret is the vault's key written in age's Bech32 form
(``AGE-SECRET-KEY-1…``) and the recipient is its public key (``age1…``). One
key to back up, nothing extra stored, and an offline backup holder can use the
standard ``age`` tool with the same identity.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Any

import pyrage
from nacl.public import PrivateKey

from napsurvey.vault.fingerprint import fingerprint

_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = ((chk & 0x1FFFFFF) << 5) ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def _hrp_expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _to5(data: bytes) -> list[int]:
    acc = 0
    bits = 0
    out: list[int] = []
    for byte in data:
        acc = (acc << 8) | byte
        bits += 8
        while bits >= 5:
            bits -= 5
            out.append((acc >> bits) & 31)
    if bits:
        out.append((acc << (5 - bits)) & 31)
    return out


def bech32_encode(hrp: str, data: bytes) -> str:
    """Bech32 (BIP-173, as age uses it) of ``data`` with human-readable part ``hrp``."""
    values = _to5(data)
    polymod = _polymod(_hrp_expand(hrp) + values + [0] * 6) ^ 1
    checksum = [(polymod >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(_CHARSET[v] for v in values + checksum)


def age_recipient(box_public: bytes) -> str:
    """``age1…`` recipient string of a 32-byte X25519 public key."""
    return bech32_encode("age", box_public)


def age_identity(box_private: bytes) -> Any:
    """pyrage X25519 identity for a 32-byte X25519 private key."""
    secret = bech32_encode("age-secret-key-", box_private).upper()
    return pyrage.x25519.Identity.from_str(secret)


def box_public_of(box_private: bytes) -> bytes:
    """Public X25519 key of a private one."""
    return bytes(PrivateKey(box_private).public_key)


def b64(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, length: int | None = None) -> bytes:
    """Decode strict base64; ``ValueError`` on bad text or wrong length."""
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if length is not None and len(raw) != length:
        raise ValueError(f"expected {length} bytes")
    return raw


def key_fingerprint(signing_public: bytes, box_public: bytes | None = None) -> str:
    """A device's id and fingerprint to read aloud: the vault's fingerprint of its signing key.

    The box key needs no place in it: a device card carrying the box key is
    signed by the signing key, so comparing this fingerprint aloud
    authenticates both.
    """
    return fingerprint(signing_public)


def recipients_fingerprint(recipients: list[str]) -> str:
    """Hex SHA-256 binding a bundle to the exact set of recipients it was sealed for."""
    joined = "\n".join(sorted(recipients)).encode("ascii")
    return hashlib.sha256(b"napsurvey/recipients/v1\x00" + joined).hexdigest()
