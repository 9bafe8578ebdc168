"""The vault: one encrypted database per home folder, its keys and its lock.

Files in the home folder:

* ``vault.key`` - the data key, wrapped (see :mod:`napsurvey.vault.keyfile`);
* ``vault.db`` (+ ``-wal`` while open) - the SQLCipher database;
* ``vault.lock`` - held while open (see :mod:`napsurvey.vault.lock`).

The failed-unlock counter lives in the key file (:mod:`napsurvey.vault.attempts`).

A :class:`Vault` is an *open* vault. Repositories (``napsurvey.vault.repo``)
take it and use :attr:`Vault.connection` for reads and
:meth:`Vault.transaction` for writes.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import time
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from nacl.public import PrivateKey
from nacl.signing import SigningKey

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.vault import attempts, memwipe
from napsurvey.vault.connection import Connection, Database, DatabaseError, coded, one, open_connection
from napsurvey.vault.days import month_iso, today_iso
from napsurvey.vault.device_keys import public_keys
from napsurvey.vault.fingerprint import fingerprint
from napsurvey.vault.form_text import version_key
from napsurvey.vault.keyfile import KEY_NAME, KdfParams, KeyFile, Passphrase, calibrate, fast_kdf_for_tests, new_data_key, wipe
from napsurvey.vault.lock import VaultLock
from napsurvey.vault.migrations import current_version, migrate
from napsurvey.vault.recovery_key import format_recovery_key, new_recovery_secret, parse_recovery_key
from napsurvey.vault.repo.audit import log_event, log_session

#: A monitor collects; a coordinator pools its monitors; a hub pools coordinators (a network or a region).
Role = Literal["monitor", "coordinator", "hub"]
ROLES: tuple[str, ...] = ("monitor", "coordinator", "hub")
DB_NAME = "vault.db"
Clock = attempts.Clock


def vault_exists(home: Path) -> bool:
    """True when ``home`` holds a vault (its key file)."""
    return (home / KEY_NAME).is_file()


def _remove_db_files(home: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        with contextlib.suppress(FileNotFoundError):
            (home / f"{DB_NAME}{suffix}").unlink()


class Vault:
    """An unlocked vault. Create with :meth:`create`, :meth:`open` or :meth:`recover`."""

    def __init__(self, home: Path, db: Database, lock: VaultLock, data_key: bytearray, keyfile: KeyFile) -> None:
        self.home = home
        self._db: Database | None = db
        self._lock = lock
        self._data_key = data_key
        self._keyfile = keyfile
        meta = {str(k): str(v) for k, v in db.conn.execute("SELECT key, value FROM meta")}
        self.role: str = meta.get("role", "")
        self.device_id: str = meta.get("device_id", "")
        self.created_month: str = meta.get("created_month", "")
        seed, box = one(db.conn.execute("SELECT signing_seed, box_private FROM identity WHERE id = 1"))
        try:
            self.signing_public_key, self.box_public_key = public_keys(seed, box)
        finally:
            memwipe.wipe_bytes(seed)  # the private keys came out of SQLite as bytes: overwrite those copies
            memwipe.wipe_bytes(box)
        self.fingerprint: str = fingerprint(self.signing_public_key)

    # --- lifecycle ----------------------------------------------------------------
    @classmethod
    def create(
        cls,
        home: Path,
        role: str,
        passphrase: Passphrase,
        *,
        kdf: KdfParams | None = None,
        forms: list[tuple[Form, str]] | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault in ``home``; returns it (open) and the recovery key to show once.

        ``forms`` are ``(model, yaml_text)`` pairs installed as ``shipped``
        (normal sensitivity only; high ones are skipped). ``kdf`` overrides the
        calibrated Argon2 parameters (tests).
        """
        if role not in ROLES:
            raise NapError(ErrorCode.VAULT_BAD_ROLE, role=str(role)[:20])
        try:
            home.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise NapError(ErrorCode.IO_ERROR, action="create", path=str(home), reason=exc.strerror or "error") from None
        if vault_exists(home):
            raise NapError(ErrorCode.VAULT_EXISTS)
        lock = VaultLock.acquire(home)
        data_key = new_data_key()
        db: Database | None = None
        try:
            if vault_exists(home):  # another process finished set-up between the check and the lock
                raise NapError(ErrorCode.VAULT_EXISTS)
            _remove_db_files(home)  # leftovers of an interrupted set-up are unreadable without a key file
            os.close(os.open(home / DB_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # -wal inherits it
            recovery_secret = new_recovery_secret()
            keyfile = KeyFile.create(data_key, passphrase, recovery_secret, kdf or calibrate())
            db = Database(open_connection(home / DB_NAME, data_key), home / DB_NAME)
            migrate(db.conn)
            _initialise(db, role, forms or [])
            keyfile.write(home / KEY_NAME)  # last: the vault exists only once it is complete
            attempts.remove_legacy(home)
            vault = cls(home, db, lock, data_key, keyfile)
        except BaseException:
            if db is not None:
                db.conn.close()
            if not vault_exists(home):
                _remove_db_files(home)
            wipe(data_key)
            lock.release()
            raise
        return vault, format_recovery_key(recovery_secret)

    @classmethod
    def open(cls, home: Path, passphrase: Passphrase, *, now: Clock = time.time, front_end: str = "CLI") -> Vault:
        """Unlock with the passphrase; the unlock is counted on the audit trail's ``session`` line of ``front_end``.

        Raises VAULT_NOT_FOUND, VAULT_LOCKED_BY_OTHER, VAULT_WAIT (before any
        KDF work), VAULT_WRONG_PASSPHRASE (stating the wait before the next
        attempt), DISK_FULL (the attempt could not be counted, so it was not
        made), VAULT_KEYFILE, VAULT_INSECURE, VAULT_CORRUPT, VAULT_TOO_NEW.
        """
        KeyFile.read(home / KEY_NAME)  # VAULT_NOT_FOUND before a lock file is made in a stranger's folder
        lock = VaultLock.acquire(home)
        try:
            keyfile = KeyFile.read(home / KEY_NAME)  # again, under the lock: the counter is current
            counted, before = attempts.begin(home, keyfile, now)
            data_key = counted.unwrap_with_passphrase(passphrase)
            if data_key is None:
                raise NapError(ErrorCode.VAULT_WRONG_PASSPHRASE, delay=attempts.failed(counted))
        except BaseException:
            lock.release()
            raise
        # The passphrase is right: clear the count now, even if the database then fails to open.
        counted = _written_or_kept(home, attempts.reset(counted), counted)
        vault = cls._open_db(home, lock, data_key, counted)
        try:
            with vault.transaction():
                if before.failures:
                    log_event(vault, "unlock_failed", f"{before.failures} failed attempt(s) before this unlock",
                              data={"attempts": before.failures})
                log_session(vault, front_end)
            if not counted.passphrase_params.at_least_floor() and not fast_kdf_for_tests():
                # A key file made with weaker settings (e.g. by a test build): strengthen it now.
                vault._rewrap(passphrase, calibrate())  # noqa: SLF001 - the class's own helper
        except BaseException:
            vault.close()  # a refusal after the database opened (a full disk) must not keep the vault locked
            raise
        return vault

    @classmethod
    def recover(
        cls, home: Path, recovery_key: str, new_passphrase: Passphrase, *, kdf: KdfParams | None = None, front_end: str = "CLI"
    ) -> Vault:
        """Set a new passphrase from the recovery key and open the vault (the attempt counter is cleared)."""
        KeyFile.read(home / KEY_NAME)
        secret = parse_recovery_key(recovery_key)
        lock = VaultLock.acquire(home)
        try:
            keyfile = KeyFile.read(home / KEY_NAME)
            data_key = keyfile.unwrap_with_recovery(secret)
            if data_key is None:
                raise NapError(ErrorCode.VAULT_WRONG_RECOVERY_KEY)
        except BaseException:
            lock.release()
            raise
        vault = cls._open_db(home, lock, data_key, attempts.reset(keyfile))
        try:
            vault._rewrap(new_passphrase, kdf)  # noqa: SLF001 - the class's own helper
            with vault.transaction():
                log_session(vault, front_end)
                log_event(vault, "recovered")
        except BaseException:
            vault.close()
            raise
        return vault

    @classmethod
    def _open_db(cls, home: Path, lock: VaultLock, data_key: bytearray, keyfile: KeyFile) -> Vault:
        db: Database | None = None
        try:
            if not (home / DB_NAME).is_file():
                raise NapError(ErrorCode.VAULT_CORRUPT, reason="the database file is missing")
            db = Database(open_connection(home / DB_NAME, data_key), home / DB_NAME)
            try:
                migrate(db.conn)
            except DatabaseError as exc:
                raise coded(exc, home / DB_NAME) or exc from None
            return cls(home, db, lock, data_key, keyfile)
        except BaseException:
            if db is not None:
                db.conn.close()
            wipe(data_key)
            lock.release()
            raise

    def change_passphrase(
        self, old: Passphrase, new: Passphrase, *, kdf: KdfParams | None = None, now: Clock = time.time
    ) -> None:
        """Rewrap the data key under ``new`` (``old`` must be right). The data is not rewritten.

        A wrong ``old`` counts like a failed unlock (same counter, same waits):
        an unlocked laptop left alone must not become a way to guess the passphrase.
        """
        self._require_open()
        counted, _before = attempts.begin(self.home, self._keyfile, now)
        self._keyfile = counted
        check = counted.unwrap_with_passphrase(old)
        if check is None:
            raise NapError(ErrorCode.VAULT_WRONG_PASSPHRASE, delay=attempts.failed(counted))
        wipe(check)
        self._keyfile = attempts.reset(counted)
        self._rewrap(new, kdf)
        log_event(self, "passphrase_changed")

    def _rewrap(self, passphrase: Passphrase, kdf: KdfParams | None) -> None:
        keyfile = self._keyfile.with_passphrase(self._data_key, passphrase, kdf)
        keyfile.write(self.home / KEY_NAME)
        self._keyfile = keyfile

    def close(self) -> None:
        """Close the database, release the lock, wipe the key bytes (idempotent)."""
        if self._db is None:
            return
        db, self._db = self._db, None
        try:
            db.close()
        finally:
            wipe(self._data_key)
            self._lock.release()

    @property
    def in_transaction(self) -> bool:
        """True while a write transaction is open (the GUI does not interrupt one for quick-hide)."""
        return self._db is not None and self._db.in_transaction

    @property
    def closed(self) -> bool:
        """True after :meth:`close`."""
        return self._db is None

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- database -------------------------------------------------------------------
    def _require_open(self) -> Database:
        if self._db is None:
            raise NapError(ErrorCode.VAULT_CLOSED)
        return self._db

    @property
    def connection(self) -> Connection:
        """The open SQLCipher connection (reads; write through :meth:`transaction`)."""
        return self._require_open().conn

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction (``BEGIN IMMEDIATE``); nested use becomes a savepoint."""
        with self._require_open().transaction() as conn:
            yield conn

    def scrub_log(self) -> None:
        """Leave no older page images in the write-ahead log (after the current transaction commits).

        Called whenever a draft is destroyed: the log still holds every
        autosaved version of it, identifiers included.
        """
        self._require_open().scrub_log()

    @property
    def schema_version(self) -> int:
        """``PRAGMA user_version`` of the database."""
        return current_version(self.connection)

    # --- keys -----------------------------------------------------------------------
    def signing_key(self) -> SigningKey:
        """The device's Ed25519 signing key (never leaves the vault)."""
        seed = one(self.connection.execute("SELECT signing_seed FROM identity WHERE id = 1"))[0]
        return SigningKey(bytes(seed))

    def box_private_key(self) -> PrivateKey:
        """The device's X25519 private key (never leaves the vault)."""
        raw = one(self.connection.execute("SELECT box_private FROM identity WHERE id = 1"))[0]
        return PrivateKey(bytes(raw))


def _written_or_kept(home: Path, wanted: KeyFile, current: KeyFile) -> KeyFile:
    """Write ``wanted``; if that fails, keep ``current`` (a counter left raised is the safe direction)."""
    try:
        wanted.write(home / KEY_NAME)
    except NapError:
        return current
    return wanted


def _initialise(db: Database, role: str, forms: list[tuple[Form, str]]) -> None:
    signing = SigningKey.generate()
    box = PrivateKey.generate()
    with db.transaction() as conn:
        meta: dict[str, Any] = {
            "role": role,
            "device_id": secrets.token_hex(8),
            "created_month": month_iso(),
            "schema_created": str(current_version(conn)),
        }
        conn.executemany("INSERT INTO meta(key, value) VALUES (?, ?)", list(meta.items()))
        conn.execute(
            "INSERT INTO identity(id, signing_seed, box_private) VALUES (1, ?, ?)",
            (bytes(signing), bytes(box)),
        )
        day = today_iso()
        conn.execute(
            "INSERT INTO audit(day, event, detail, data) VALUES (?, 'vault_created', ?, ?)",
            (day, f"role {role}", json.dumps({"role": role})),
        )
        installed = []
        newest: dict[str, str] = {}
        for form, text in sorted(forms, key=lambda pair: version_key(pair[0].version)):
            if form.is_high:
                continue  # WHO 1: high-sensitivity forms arrive only in a coordinator's kit
            conn.execute(
                "INSERT OR IGNORE INTO forms(form_id, version, sensitivity, source, body, installed_day, active)"
                " VALUES (?, ?, ?, 'shipped', ?, ?, 0)",
                (form.form_id, form.version, form.settings.sensitivity, text, day),
            )
            newest[form.form_id] = form.version
            installed.append(f"{form.form_id} {form.version}")
        conn.executemany("UPDATE forms SET active = 1 WHERE form_id = ? AND version = ?", list(newest.items()))
        if installed:
            conn.execute(
                "INSERT INTO audit(day, event, detail, data) VALUES (?, 'forms_installed', ?, ?)",
                (day, ", ".join(installed), json.dumps({"forms": len(installed), "source": "shipped"})),
            )
