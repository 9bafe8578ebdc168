"""The key file ``vault.key``: the data key, wrapped twice.

The database is opened with a random 256-bit *data key*. It is never stored in
the clear: ``vault.key`` (JSON) holds it wrapped with AES-256-GCM in two slots,

* ``passphrase``: key = Argon2id(passphrase, random 16-byte salt, parameters
  stored in the slot; never below 64 MiB / t=3 / p=4, calibrated at creation
  to take about half a second);
* ``recovery``: key = HKDF-SHA256(recovery secret, random salt). The recovery
  secret has 160 random bits, so a slow KDF would add nothing.

The AAD of each slot binds the slot name and its KDF parameters, so a slot
cannot be moved or its parameters edited unnoticed. A wrong passphrase fails
the GCM tag: the database is never touched. Changing the passphrase rewraps
the same data key; the data is never rewritten.

The file also carries the failed-unlock counter (``attempts``, see
:mod:`napsurvey.vault.attempts`), so the counter cannot be deleted without
deleting the key. Nothing in the file names the product or what it protects:
format 2 is ``{"version": 2, "slots": ..., "attempts": ...}``. Format 1 (which
said ``"format": "napsurvey-vault-key"`` and kept the counter in a separate
file) is still read, and is rewritten as format 2 at the first attempt.

Tests only: ``NAPSURVEY_TEST_FAST_KDF=1`` makes new slots use tiny Argon2
parameters (no calibration). It is honoured only when set to exactly ``1``
*and* the process runs inside the test suite: pytest sets
``PYTEST_CURRENT_TEST`` while a test runs (the processes a test starts inherit
it), and nothing else does. On a real laptop the variable changes nothing.
Even inside the suite a slot at or above :data:`FLOOR` is never rewrapped
weaker, and a weak slot is strengthened at the first unlock outside it.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from _argon2_cffi_bindings import ffi as argon2_ffi
from _argon2_cffi_bindings import lib as argon2_lib
from argon2.low_level import ARGON2_VERSION, Type
from argon2.low_level import core as argon2_core
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault import memwipe
from napsurvey.vault.atomic_write import write_atomic

#: The key file in the home folder.
KEY_NAME = "vault.key"
#: Written by this version. Format 1 is still read (see the module docstring).
FORMAT_VERSION = 2
LEGACY_FORMAT_VERSION = 1
#: The marker format 1 wrote in the file. It is no longer written, but it stays
#: in every slot's AAD (which is never stored), so slots of either format open.
_AAD_FORMAT = "napsurvey-vault-key"
_AAD_VERSION = 1
DATA_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TEST_FAST_KDF_ENV = "NAPSURVEY_TEST_FAST_KDF"
#: Set by pytest for the duration of each test; the proof that the process is the test suite.
TEST_SUITE_MARKER_ENV = "PYTEST_CURRENT_TEST"
TARGET_SECONDS = 0.5

# The most calibration ever chooses. A key file asking for more was not
# written by this app: it is refused before any derivation, so an edited file
# cannot make unlock allocate gigabytes or spin for minutes.
#: Calibration grows memory up to this before adding passes; it is also the
#: most a key file may ask for. The app's memory target (< 300 MB at its peak,
#: DESIGN section 9) includes this buffer.
MAX_MEMORY_KIB = 128 * 1024
#: Most passes calibration chooses (about 1.5 s here at the memory cap).
MAX_TIME_COST = 16
#: Most lanes a key file may ask for (calibration always uses the floor's 4).
MAX_PARALLELISM = 8


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def as_dict(self) -> dict[str, int]:
        """The parameters as stored in the key file."""
        return {"time_cost": self.time_cost, "memory_kib": self.memory_kib, "parallelism": self.parallelism}

    def at_least_floor(self) -> bool:
        """True when every parameter is at or above the production minimum."""
        return (
            self.time_cost >= FLOOR.time_cost
            and self.memory_kib >= FLOOR.memory_kib
            and self.parallelism >= FLOOR.parallelism
        )


#: Production minimum (DESIGN section 5): 64 MiB, 3 passes, 4 lanes.
FLOOR = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=4)
#: Tests only (see module docstring).
FAST_FOR_TESTS = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def fast_kdf_for_tests() -> bool:
    """True when the test-only fast KDF switch is set *and* this process is the test suite."""
    return os.environ.get(TEST_FAST_KDF_ENV) == "1" and bool(os.environ.get(TEST_SUITE_MARKER_ENV))


Passphrase = str | bytes | bytearray | memoryview
"""A passphrase as a front end hands it over: a ``str``, or (better) a mutable buffer of UTF-8."""


def passphrase_bytes(passphrase: Passphrase) -> bytearray:
    """NFC then UTF-8, so the same passphrase typed on another keyboard still opens.

    Returns a fresh buffer the caller wipes; every intermediate copy made on
    the way is wiped here. The caller's own object is left as it is.
    """
    if not isinstance(passphrase, str):
        view = memoryview(passphrase).cast("B")
        if all(byte < 0x80 for byte in view):
            return bytearray(view)  # ASCII is already in normal form: no text copy at all
        text = str(view, "utf-8")
        owned = True
    else:
        text, owned = passphrase, False
    normal = unicodedata.normalize("NFC", text)
    encoded = normal.encode("utf-8")
    out = bytearray(encoded)
    memwipe.wipe_bytes(encoded)
    if normal is not text:
        memwipe.wipe_str(normal)
    if owned:
        memwipe.wipe_str(text)
    return out


def _argon2id(secret: bytearray, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id through the C library, reading the secret and writing the key in our own buffers (no copies)."""
    out = bytearray(DATA_KEY_BYTES)
    pwd = argon2_ffi.from_buffer("uint8_t[]", secret) if secret else argon2_ffi.NULL
    c_salt = argon2_ffi.new("uint8_t[]", salt)
    ctx = argon2_ffi.new(
        "argon2_context *",
        {
            "out": argon2_ffi.from_buffer("uint8_t[]", out), "outlen": DATA_KEY_BYTES,
            "pwd": pwd, "pwdlen": len(secret), "salt": c_salt, "saltlen": len(salt),
            "secret": argon2_ffi.NULL, "secretlen": 0, "ad": argon2_ffi.NULL, "adlen": 0,
            "t_cost": params.time_cost, "m_cost": params.memory_kib,
            "lanes": params.parallelism, "threads": params.parallelism,
            "version": ARGON2_VERSION, "allocate_cbk": argon2_ffi.NULL, "free_cbk": argon2_ffi.NULL,
            "flags": argon2_lib.ARGON2_DEFAULT_FLAGS,
        },
    )
    code = argon2_core(ctx, Type.ID.value)
    if code != argon2_lib.ARGON2_OK:
        memwipe.wipe(out)
        raise MemoryError(f"argon2 failed ({code})")  # only resource exhaustion: parameters are checked before
    return out


def derive_passphrase_key(passphrase: Passphrase, salt: bytes, params: KdfParams) -> bytearray:
    """Argon2id(passphrase) -> 32-byte wrapping key (a buffer the caller wipes)."""
    secret = passphrase_bytes(passphrase)
    try:
        return _argon2id(secret, salt, params)
    finally:
        memwipe.wipe(secret)


def derive_recovery_key(secret: bytes, salt: bytes) -> bytearray:
    """HKDF-SHA256(recovery secret) -> 32-byte wrapping key."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=DATA_KEY_BYTES, salt=salt, info=b"napsurvey vault recovery slot")
    derived = hkdf.derive(secret)
    try:
        return bytearray(derived)
    finally:
        memwipe.wipe_bytes(derived)


def calibrate(target_seconds: float = TARGET_SECONDS) -> KdfParams:
    """Parameters that take about ``target_seconds`` here, never below :data:`FLOOR`."""
    if fast_kdf_for_tests():
        return FAST_FOR_TESTS
    salt = secrets.token_bytes(SALT_BYTES)
    start = time.perf_counter()
    wipe(derive_passphrase_key("calibration", salt, FLOOR))
    elapsed = max(time.perf_counter() - start, 1e-3)
    factor = target_seconds / elapsed
    if factor <= 1.0:
        return FLOOR
    # More memory first (it is what makes guessing on GPUs expensive), then passes.
    memory = min(int(FLOOR.memory_kib * factor), MAX_MEMORY_KIB)
    memory -= memory % 1024
    remaining = factor * FLOOR.memory_kib / memory
    time_cost = max(FLOOR.time_cost, min(MAX_TIME_COST, round(FLOOR.time_cost * remaining)))
    return KdfParams(time_cost=time_cost, memory_kib=max(memory, FLOOR.memory_kib), parallelism=FLOOR.parallelism)


def wipe(buffer: bytearray) -> None:
    """Overwrite key material held in a bytearray."""
    memwipe.wipe(buffer)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: Any, what: str) -> bytes:
    if not isinstance(value, str):
        raise NapError(ErrorCode.VAULT_KEYFILE, reason=f"{what} missing")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise NapError(ErrorCode.VAULT_KEYFILE, reason=f"{what} is not base64") from None


def _aad(slot: str, kdf: dict[str, Any]) -> bytes:
    return json.dumps(
        {"format": _AAD_FORMAT, "version": _AAD_VERSION, "slot": slot, "kdf": kdf}, sort_keys=True, separators=(",", ":")
    ).encode("ascii")


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the data key."""

    kdf: dict[str, Any]
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        """The slot as stored."""
        return {"kdf": self.kdf, "salt": _b64(self.salt), "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped)}


def _wrap(slot_name: str, kdf: dict[str, Any], salt: bytes, wrapping_key: bytearray, data_key: bytearray) -> Slot:
    nonce = secrets.token_bytes(NONCE_BYTES)
    # The cipher reads both keys from our buffers; no immutable copy is made.
    wrapped = AESGCM(wrapping_key).encrypt(nonce, data_key, _aad(slot_name, kdf))
    return Slot(kdf=kdf, salt=salt, nonce=nonce, wrapped=wrapped)


def _unwrap(slot_name: str, slot: Slot, wrapping_key: bytearray) -> bytearray | None:
    try:
        plain = AESGCM(wrapping_key).decrypt(slot.nonce, slot.wrapped, _aad(slot_name, slot.kdf))
    except InvalidTag:
        return None
    try:
        if len(plain) != DATA_KEY_BYTES:
            raise NapError(ErrorCode.VAULT_KEYFILE, reason="wrong data key length")
        return bytearray(plain)
    finally:
        memwipe.wipe_bytes(plain)  # the cipher hands the data key back as bytes: overwrite that copy


def check_params(kdf: dict[str, Any]) -> KdfParams:
    """The Argon2id parameters of a slot, or VAULT_KEYFILE if unknown or beyond what calibration writes."""
    try:
        if kdf.get("name") != "argon2id":
            raise ValueError
        params = KdfParams(
            time_cost=int(kdf["time_cost"]), memory_kib=int(kdf["memory_kib"]), parallelism=int(kdf["parallelism"])
        )
    except (KeyError, TypeError, ValueError):
        raise NapError(ErrorCode.VAULT_KEYFILE, reason="unknown passphrase KDF") from None
    if not (
        1 <= params.time_cost <= MAX_TIME_COST
        and 1 <= params.parallelism <= MAX_PARALLELISM
        and 8 * params.parallelism <= params.memory_kib <= MAX_MEMORY_KIB
    ):
        raise NapError(ErrorCode.VAULT_KEYFILE, reason="KDF parameters out of range")
    return params


@dataclass(frozen=True)
class KeyFile:
    """The parsed key file: a passphrase slot, a recovery slot and the raw attempt counter.

    ``attempts`` is the counter exactly as found (None when absent, and always
    None in format 1); :mod:`napsurvey.vault.attempts` interprets it, failing closed.
    ``version`` is the format the file was read in.
    """

    passphrase: Slot
    recovery: Slot
    attempts: Any = None
    version: int = FORMAT_VERSION

    def with_attempts(self, counter: dict[str, Any]) -> KeyFile:
        """The same slots with another counter (written as format 2)."""
        return replace(self, attempts=counter, version=FORMAT_VERSION)

    # --- creation and rewrapping ------------------------------------------------
    @staticmethod
    def create(
        data_key: bytearray, passphrase: Passphrase, recovery_secret: bytes, params: KdfParams | None = None
    ) -> KeyFile:
        """Wrap ``data_key`` under both the passphrase and the recovery secret."""
        return KeyFile(
            passphrase=_passphrase_slot(data_key, passphrase, params or calibrate()),
            recovery=_recovery_slot(data_key, recovery_secret),
            attempts={"failures": 0, "last": 0.0},
        )

    def with_passphrase(self, data_key: bytearray, passphrase: Passphrase, params: KdfParams | None = None) -> KeyFile:
        """Same recovery slot, passphrase slot rewrapped under a new passphrase."""
        if params is None:
            current = self.passphrase_params
            params = current if (current.at_least_floor() or fast_kdf_for_tests()) else calibrate()
        return replace(self, passphrase=_passphrase_slot(data_key, passphrase, params), version=FORMAT_VERSION)

    @property
    def passphrase_params(self) -> KdfParams:
        """Argon2id parameters of the passphrase slot."""
        return check_params(self.passphrase.kdf)

    # --- opening ----------------------------------------------------------------
    def unwrap_with_passphrase(self, passphrase: Passphrase) -> bytearray | None:
        """The data key, or None if the passphrase is wrong (GCM tag fails)."""
        key = derive_passphrase_key(passphrase, self.passphrase.salt, self.passphrase_params)
        try:
            return _unwrap("passphrase", self.passphrase, key)
        finally:
            wipe(key)

    def unwrap_with_recovery(self, recovery_secret: bytes) -> bytearray | None:
        """The data key, or None if the recovery key is wrong."""
        if self.recovery.kdf.get("name") != "hkdf-sha256":
            raise NapError(ErrorCode.VAULT_KEYFILE, reason="unknown recovery KDF")
        key = derive_recovery_key(recovery_secret, self.recovery.salt)
        try:
            return _unwrap("recovery", self.recovery, key)
        finally:
            wipe(key)

    # --- storage ----------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """The JSON file content."""
        doc = {
            "version": FORMAT_VERSION,
            "slots": {"passphrase": self.passphrase.to_json(), "recovery": self.recovery.to_json()},
            "attempts": self.attempts,
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("ascii")

    def write(self, path: Path) -> None:
        """Atomically replace the key file."""
        write_atomic(path, self.to_bytes())

    @staticmethod
    def read(path: Path) -> KeyFile:
        """Parse ``path``; VAULT_NOT_FOUND if absent, VAULT_KEYFILE if damaged."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise NapError(ErrorCode.VAULT_NOT_FOUND) from None
        except OSError as exc:
            raise NapError(ErrorCode.VAULT_KEYFILE, reason=exc.strerror or "unreadable") from None
        try:
            doc = json.loads(raw)
        except (UnicodeDecodeError, ValueError):
            raise NapError(ErrorCode.VAULT_KEYFILE, reason="not JSON") from None
        if not isinstance(doc, dict):
            raise NapError(ErrorCode.VAULT_KEYFILE, reason="not a key file")
        version = doc.get("version")
        if version == LEGACY_FORMAT_VERSION:
            if doc.get("format") != _AAD_FORMAT:
                raise NapError(ErrorCode.VAULT_KEYFILE, reason="not a key file")
        elif version != FORMAT_VERSION or isinstance(version, bool):
            raise NapError(ErrorCode.VAULT_KEYFILE, reason=f"unsupported key file version {version!r}")
        slots = doc.get("slots")
        if not isinstance(slots, dict):
            raise NapError(ErrorCode.VAULT_KEYFILE, reason="no key slots")
        parsed = {name: _parse_slot(slots.get(name), name) for name in ("passphrase", "recovery")}
        keyfile = KeyFile(
            passphrase=parsed["passphrase"],
            recovery=parsed["recovery"],
            attempts=doc.get("attempts") if version == FORMAT_VERSION else None,
            version=int(version),
        )
        check_params(keyfile.passphrase.kdf)  # validate now, before any KDF runs
        return keyfile


def _parse_slot(value: Any, name: str) -> Slot:
    if not isinstance(value, dict) or not isinstance(value.get("kdf"), dict):
        raise NapError(ErrorCode.VAULT_KEYFILE, reason=f"{name} slot missing")
    slot = Slot(
        kdf=value["kdf"],
        salt=_unb64(value.get("salt"), f"{name} salt"),
        nonce=_unb64(value.get("nonce"), f"{name} nonce"),
        wrapped=_unb64(value.get("wrapped"), f"{name} key"),
    )
    if len(slot.nonce) != NONCE_BYTES or len(slot.salt) < 8 or len(slot.wrapped) != DATA_KEY_BYTES + 16:
        raise NapError(ErrorCode.VAULT_KEYFILE, reason=f"{name} slot has the wrong size")
    return slot


def _passphrase_slot(data_key: bytearray, passphrase: Passphrase, params: KdfParams) -> Slot:
    salt = secrets.token_bytes(SALT_BYTES)
    kdf: dict[str, Any] = {"name": "argon2id", **params.as_dict()}
    key = derive_passphrase_key(passphrase, salt, params)
    try:
        return _wrap("passphrase", kdf, salt, key, data_key)
    finally:
        wipe(key)


def _recovery_slot(data_key: bytearray, recovery_secret: bytes) -> Slot:
    salt = secrets.token_bytes(SALT_BYTES)
    key = derive_recovery_key(recovery_secret, salt)
    try:
        return _wrap("recovery", {"name": "hkdf-sha256"}, salt, key, data_key)
    finally:
        wipe(key)


def new_data_key() -> bytearray:
    """A fresh random 256-bit data key."""
    return bytearray(secrets.token_bytes(DATA_KEY_BYTES))
