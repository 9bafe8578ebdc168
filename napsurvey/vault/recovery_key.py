"""The recovery key: 160 random bits written for humans.

It is shown once at set-up as eight groups of four Crockford base32 symbols
(``7K3M-0QZD-...``). Crockford's alphabet has no I, L, O or U, so reading it
aloud or copying it by hand is forgiving: when parsing, ``I``/``L`` read as
``1``, ``O`` as ``0``, case, spaces and dashes are ignored.
"""

from __future__ import annotations

import secrets

from napsurvey.errors import ErrorCode, NapError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_BITS = 160
_SYMBOLS = RECOVERY_BITS // 5  # 32 symbols, 8 groups of 4
_DECODE = {c: i for i, c in enumerate(ALPHABET)}
_DECODE.update({"I": 1, "L": 1, "O": 0})


def new_recovery_secret() -> bytes:
    """20 random bytes."""
    return secrets.token_bytes(RECOVERY_BITS // 8)


def format_recovery_key(secret: bytes) -> str:
    """``bytes`` -> ``'ABCD-EFGH-...'`` (8 groups of 4)."""
    if len(secret) * 8 != RECOVERY_BITS:
        raise ValueError("recovery secret must be 20 bytes")
    number = int.from_bytes(secret, "big")
    symbols = [ALPHABET[(number >> (5 * (_SYMBOLS - 1 - i))) & 31] for i in range(_SYMBOLS)]
    return "-".join("".join(symbols[i : i + 4]) for i in range(0, _SYMBOLS, 4))


def parse_recovery_key(text: str) -> bytes:
    """Inverse of :func:`format_recovery_key`; forgiving about case, spaces, dashes, I/L/O."""
    text = text.rsplit(":", 1)[-1]  # accept a pasted "Recovery key: ABCD-..." line
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != _SYMBOLS or any(ch not in _DECODE for ch in cleaned):
        raise NapError(ErrorCode.VAULT_WRONG_RECOVERY_KEY)
    number = 0
    for ch in cleaned:
        number = (number << 5) | _DECODE[ch]
    return number.to_bytes(RECOVERY_BITS // 8, "big")
