"""Set-up, unlock and the unlocked session: the facade the CLI and the GUI call.

Every refusal is a :class:`~napsurvey.errors.NapError` with a ``VAULT_*``
code. A :class:`Session` is an unlocked vault; :meth:`Session.lock` closes it
and drops the keys (quick-hide and idle lock call it).
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from pydantic import BaseModel

from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.passphrase_policy import Strength, passphrase_strength, require_strong
from napsurvey.services.status import (
    AuditEvent,
    InstalledForm,
    Status,
    Training,
    audit_events,
    build_status,
    installed_forms,
)
from napsurvey.vault import attempts
from napsurvey.vault.repo import audit
from napsurvey.vault.repo import settings as settings_repo
from napsurvey.vault.shipped import shipped_forms
from napsurvey.vault.store import Vault
from napsurvey.vault.store import vault_exists as _vault_exists

__all__ = [
    "AuditEvent",
    "InstalledForm",
    "Session",
    "SetupResult",
    "Status",
    "Strength",
    "Training",
    "create_vault",
    "passphrase_strength",
    "recover",
    "seconds_until_next_attempt",
    "unlock",
    "vault_exists",
]

TRAINING_KEY = "training"
_SUPERVISOR_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_\-]{0,31}$")


class SetupResult(BaseModel):
    """What set-up shows once: the recovery key, and the fingerprint to read aloud."""

    recovery_key: str
    fingerprint: str
    role: str


def vault_exists(home: Path) -> bool:
    """True when ``home`` already holds a vault."""
    return _vault_exists(home)


def create_vault(home: Path, role: Literal["monitor", "coordinator"], passphrase: str) -> SetupResult:
    """Make the vault, its key pairs and install the shipped forms; the vault is left closed.

    Raises VAULT_WEAK_PASSPHRASE, VAULT_EXISTS, or a FORM_* error for a broken shipped form.
    """
    require_strong(passphrase)
    if vault_exists(home):
        raise NapError(ErrorCode.VAULT_EXISTS)
    vault, recovery_key = Vault.create(home, role, passphrase, forms=shipped_forms())
    try:
        return SetupResult(recovery_key=recovery_key, fingerprint=vault.fingerprint, role=vault.role)
    finally:
        vault.close()


def unlock(home: Path, passphrase: str) -> Session:
    """Open the vault with the passphrase.

    Raises VAULT_NOT_FOUND, VAULT_WRONG_PASSPHRASE, VAULT_WAIT,
    VAULT_LOCKED_BY_OTHER, VAULT_INSECURE (and VAULT_KEYFILE/CORRUPT/TOO_NEW).
    On a monitor's device, records past their form's retention period (and
    acknowledged by the coordinator) are purged here, at every unlock.
    """
    session = Session(home, Vault.open(home, passphrase))
    if session.role == "monitor":
        from napsurvey.services.sync import purge_expired  # noqa: PLC0415  (sync builds on this module)

        purge_expired(session.vault, date.today())
    return session


def seconds_until_next_attempt(home: Path) -> float:
    """Seconds before another unlock attempt is allowed (0 if now)."""
    return attempts.seconds_left(home)


def recover(home: Path, recovery_key: str, new_passphrase: str) -> Session:
    """Set a new passphrase with the recovery key; returns the unlocked session."""
    require_strong(new_passphrase)
    return Session(home, Vault.recover(home, recovery_key, new_passphrase))


class Session:
    """An unlocked vault."""

    def __init__(self, home: Path, vault: Vault) -> None:
        self.home = home
        self._vault: Vault | None = vault
        self.role: str = vault.role
        self.fingerprint: str = vault.fingerprint

    @property
    def vault(self) -> Vault:
        """The open vault; VAULT_CLOSED after :meth:`lock`."""
        if self._vault is None or self._vault.closed:
            raise NapError(ErrorCode.VAULT_CLOSED)
        return self._vault

    @property
    def locked(self) -> bool:
        """True after :meth:`lock`."""
        return self._vault is None or self._vault.closed

    @property
    def closed(self) -> bool:
        """Same as :attr:`locked`."""
        return self.locked

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the key under ``new`` (checked for strength; ``old`` must be right)."""
        require_strong(new)
        self.vault.change_passphrase(old, new)

    def status(self) -> Status:
        """Role, fingerprint and counts."""
        return build_status(self.vault)

    def audit(self) -> list[AuditEvent]:
        """The event log (never answers)."""
        return audit_events(self.vault)

    def get_setting(self, key: str, default: Any) -> Any:
        """A setting stored in the vault."""
        return settings_repo.get_setting(self.vault, key, default)

    def put_setting(self, key: str, value: Any) -> None:
        """Store a setting in the vault (JSON-serialisable value)."""
        settings_repo.put_setting(self.vault, key, value)

    def training(self) -> Training | None:
        """The training sign-off, if any."""
        value = self.get_setting(TRAINING_KEY, None)
        if not isinstance(value, dict):
            return None
        try:
            return Training(day=date.fromisoformat(str(value["date"])), supervisor_code=str(value["supervisor_code"]))
        except (KeyError, ValueError):
            return None

    def sign_off_training(self, day: date, supervisor_code: str) -> None:
        """Record the training sign-off (date, supervisor code)."""
        code = supervisor_code.strip()
        if not _SUPERVISOR_CODE.match(code):
            raise NapError(
                ErrorCode.VAULT_SETTING, key=TRAINING_KEY, reason="the supervisor code is 1-32 letters, digits, - or _"
            )
        if day > date.today():
            raise NapError(ErrorCode.VAULT_SETTING, key=TRAINING_KEY, reason="the training date is in the future")
        vault = self.vault
        with vault.transaction():
            settings_repo.put_setting(vault, TRAINING_KEY, {"date": day.isoformat(), "supervisor_code": code})
            audit.log_event(vault, "training_signed_off", f"training of {day.isoformat()}")

    def installed_forms(self) -> list[InstalledForm]:
        """Active forms with their counts."""
        return installed_forms(self.vault)

    def lock(self) -> None:
        """Close the vault and drop its keys (idempotent)."""
        if self._vault is not None:
            vault, self._vault = self._vault, None
            vault.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.lock()
