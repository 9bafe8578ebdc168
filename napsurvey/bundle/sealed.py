"""Kits, device cards and receipts sealed for the stick: age files that name nothing.

On a USB stick a plain kit named the study and listed referral contacts. Each
document (still signed inside, see :mod:`napsurvey.bundle.documents`) now
travels as a standard age v1 file, whose header says only "age":

* a **first kit** is sealed to an *enrollment code* (age's scrypt recipient):
  three groups of five digits the coordinator reads out when handing the kit
  over, ``48210-93755-12884`` (about 50 bits; with scrypt at 2^16 each guess
  costs about 0.35 s and 64 MiB here, so the code holds for millions of
  core-years against whoever finds the stick);
* a **kit update**, a **receipt** and a **device card** are sealed to the X25519
  key of the device (or coordinator) they are for, known from the card (or
  kit) it approved (age's X25519 recipient).

Opening uses pyrage (rage), the reference implementation. Writing the scrypt
recipient is done here, following the age v1 specification exactly, only
because pyrage chooses the work factor itself (2^20 here: 1 GiB and 4 s, which
a monitor's small laptop may not have); the tests check every file written
here opens with pyrage and that any altered byte makes it fail.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
from typing import Any, Literal

import pyrage
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault import memwipe
from napsurvey.vault.keyfile import fast_kdf_for_tests

AGE_MAGIC = b"age-encryption.org/v1\n"
#: scrypt work factor of kits sealed to a code: 2^16 (64 MiB, about 0.35 s here).
CODE_LOG_N = 16
#: Inside the test suite only (the same switch as the vault's fast KDF): 2^10.
TEST_LOG_N = 10
CODE_GROUPS = 3
CODE_DIGITS = 5
_CHUNK = 64 * 1024
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"

Sealing = Literal["code", "key"]


def new_enrollment_code() -> str:
    """A fresh enrollment code: three groups of five digits."""
    value = secrets.randbelow(10 ** (CODE_GROUPS * CODE_DIGITS))
    digits = f"{value:0{CODE_GROUPS * CODE_DIGITS}d}"
    return "-".join(digits[i : i + CODE_DIGITS] for i in range(0, len(digits), CODE_DIGITS))


def parse_enrollment_code(text: str) -> str:
    """The code in its canonical form, forgiving spaces and dashes; KIT_CODE_FORMAT otherwise."""
    digits = re.sub(r"[\s\-–—.]", "", text)
    if not re.fullmatch(rf"\d{{{CODE_GROUPS * CODE_DIGITS}}}", digits):
        raise NapError(ErrorCode.KIT_CODE_FORMAT)
    return "-".join(digits[i : i + CODE_DIGITS] for i in range(0, len(digits), CODE_DIGITS))


def _b64(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _payload(file_key: bytes, plaintext: bytes) -> bytes:
    """age's STREAM: a 16-byte nonce, then 64 KiB chunks of ChaCha20-Poly1305 (last one flagged)."""
    nonce = secrets.token_bytes(16)
    cipher = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    chunks = [plaintext[i : i + _CHUNK] for i in range(0, len(plaintext), _CHUNK)] or [b""]
    out = [nonce]
    for counter, chunk in enumerate(chunks):
        last = b"\x01" if counter == len(chunks) - 1 else b"\x00"
        out.append(cipher.encrypt(counter.to_bytes(11, "big") + last, chunk, None))
    return b"".join(out)


def seal_with_code(document: bytes, code: str, *, log_n: int | None = None) -> bytes:
    """An age file of ``document`` sealed to ``code`` (age's scrypt recipient, work factor 2^``log_n``).

    ``log_n`` defaults to :data:`CODE_LOG_N` (:data:`TEST_LOG_N` inside the test suite).
    """
    if log_n is None:
        log_n = TEST_LOG_N if fast_kdf_for_tests() else CODE_LOG_N
    canonical = parse_enrollment_code(code).encode("ascii")
    file_key = bytearray(secrets.token_bytes(16))
    salt = secrets.token_bytes(16)
    wrapping = Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=2**log_n, r=8, p=1).derive(canonical)
    try:
        wrapped = ChaCha20Poly1305(wrapping).encrypt(bytes(12), bytes(file_key), None)
        header = AGE_MAGIC + b"-> scrypt " + _b64(salt) + b" " + str(log_n).encode() + b"\n" + _b64(wrapped) + b"\n---"
        mac = hmac.new(_hkdf(bytes(file_key), b"", b"header"), header, hashlib.sha256).digest()
        return header + b" " + _b64(mac) + b"\n" + _payload(bytes(file_key), document)
    finally:
        memwipe.wipe(file_key)
        memwipe.wipe_bytes(wrapping)


def seal_to(document: bytes, recipients: list[str]) -> bytes:
    """An age file of ``document`` sealed to X25519 ``recipients`` (``age1…``)."""
    return pyrage.encrypt(document, [pyrage.x25519.Recipient.from_str(r) for r in recipients])  # type: ignore[no-any-return]


def sealing_of(data: bytes) -> Sealing | None:
    """How a file is sealed: to a code, to a key, or not at all (None: a plain document or not age)."""
    if not data.startswith(AGE_MAGIC):
        return None
    stanza = data[len(AGE_MAGIC) : len(AGE_MAGIC) + 12]
    if stanza.startswith(b"-> scrypt "):
        return "code"
    return "key"


def needs_code(data: bytes) -> bool:
    """True for a file sealed to an enrollment code."""
    return sealing_of(data) == "code"


def open_with_code(data: bytes, code: str, *, path: str) -> bytes:
    """The document inside a kit sealed to ``code``; KIT_WRONG_CODE if the code (or the file) is not right."""
    canonical = parse_enrollment_code(code)
    try:
        plain: bytes = pyrage.passphrase.decrypt(data, canonical)
    except Exception:  # pyrage: one "decryption failed" for a wrong code and for an altered file  # noqa: BLE001
        raise NapError(ErrorCode.KIT_WRONG_CODE, path=path) from None
    return plain


def open_with_identity(data: bytes, identities: list[Any], *, path: str, not_for_us: ErrorCode, bad: ErrorCode) -> bytes:
    """The document inside a file sealed to one of ``identities``.

    ``not_for_us`` when no identity opens it (sealed for another device);
    ``bad`` (with a reason) when it was altered or cut short.
    """
    try:
        plain: bytes = pyrage.decrypt(data, identities)
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise NapError(not_for_us, path=path) from None
        raise NapError(bad, path=path, reason="the file was altered or cut short") from None
    except Exception:  # noqa: BLE001 - pyrage raises other kinds on malformed headers
        raise NapError(bad, path=path, reason="the file was altered or cut short") from None
    return plain
