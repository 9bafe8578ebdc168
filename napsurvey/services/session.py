"""Set-up, unlock and the unlocked session: the one door of the CLI and the GUI.

Every refusal is a :class:`~napsurvey.errors.NapError` with a ``VAULT_*``
code. A :class:`Session` is an unlocked vault; :meth:`Session.lock` closes it
and drops the keys (quick-hide and idle lock call it).

The front ends hold a session and pass it to the service functions
(``napsurvey.services.*``); only those reach the vault behind it
(:attr:`Session.vault`). import-linter forbids the front ends to import the
vault, privacy, tables, bundle and reports packages, and
``tests/test_structure.py`` that they read ``.vault`` off a session.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from pydantic import BaseModel

from napsurvey.errors import ErrorCode, NapError
from napsurvey.services.passphrase_policy import Strength, passphrase_strength, require_strong
from napsurvey.services.status import AuditEvent, InstalledForm, Training, VaultStatus
from napsurvey.vault import attempts, memwipe
from napsurvey.vault.keyfile import Passphrase, passphrase_bytes
from napsurvey.vault.repo import audit, drafts, forms, records
from napsurvey.vault.repo import settings as settings_repo
from napsurvey.vault.shipped import shipped_forms
from napsurvey.vault.store import Vault
from napsurvey.vault.store import vault_exists as _vault_exists

__all__ = [
    "AuditEvent",
    "FrontEnd",
    "Passphrase",
    "InstalledForm",
    "Session",
    "SetupResult",
    "VaultStatus",
    "Strength",
    "SUPERVISOR_CODE_FORMAT",
    "Training",
    "create_vault",
    "forget",
    "is_supervisor_code",
    "normalise_supervisor_code",
    "passphrase_strength",
    "recover",
    "seconds_until_next_attempt",
    "take_passphrase",
    "training_day",
    "unlock",
    "vault_exists",
]

TRAINING_KEY = "training"
#: A supervisor code, as supervisors are given them: 2 to 5 letters, a hyphen, 1 to 6 digits (SUP-07, KAM-1042).
SUPERVISOR_CODE_FORMAT = r"[A-Z]{2,5}-[0-9]{1,6}"
_SUPERVISOR_CODE = re.compile(SUPERVISOR_CODE_FORMAT)


def normalise_supervisor_code(text: str) -> str:
    """A supervisor code as stored: trimmed, in capitals."""
    return text.strip().upper()


def is_supervisor_code(text: str) -> bool:
    """True when ``text`` (after :func:`normalise_supervisor_code`) has the supervisor code's form."""
    return _SUPERVISOR_CODE.fullmatch(normalise_supervisor_code(text)) is not None


def training_day(text: str) -> date:
    """A training day written YYYY-MM-DD (TRAINING_DATE otherwise), as the command line takes it."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise NapError(ErrorCode.TRAINING_DATE, day=text.strip()[:20]) from None


class SetupResult(BaseModel):
    """What set-up shows once: the recovery key, and the fingerprint to read aloud."""

    recovery_key: str
    fingerprint: str
    role: str


def vault_exists(home: Path) -> bool:
    """True when ``home`` already holds a vault."""
    return _vault_exists(home)


def create_vault(home: Path, role: Literal["monitor", "coordinator", "hub"], passphrase: Passphrase) -> SetupResult:
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


FrontEnd = Literal["CLI", "GUI"]


def unlock(home: Path, passphrase: Passphrase, *, front_end: FrontEnd = "CLI") -> Session:
    """Open the vault with the passphrase (best handed over as a mutable buffer the caller wipes).

    The audit trail counts the unlock on ``front_end``'s session line.

    Raises VAULT_NOT_FOUND, VAULT_WRONG_PASSPHRASE, VAULT_WAIT,
    VAULT_LOCKED_BY_OTHER, VAULT_INSECURE (and VAULT_KEYFILE/CORRUPT/TOO_NEW).
    On a monitor's device, records past their form's retention period (and
    acknowledged by the coordinator) are purged here, at every unlock.
    """
    session = Session(home, Vault.open(home, passphrase, front_end=front_end))
    if session.role == "monitor":
        try:
            session.purge_expired(date.today())
        except BaseException:
            session.lock()  # a refusal here (a full disk) must not leave the vault open and locked
            raise
    return session


def take_passphrase(text: str) -> bytearray:
    """The passphrase a field handed over, moved into a buffer the caller wipes with :func:`forget`.

    ``text`` must be the fresh string the field returned (never a literal):
    it is overwritten in place, so no immutable copy of the passphrase stays
    in memory after the vault is locked.
    """
    buffer = passphrase_bytes(text)
    memwipe.wipe_str(text)
    return buffer


def forget(secret: bytearray) -> None:
    """Zero a passphrase buffer from :func:`take_passphrase`."""
    memwipe.wipe(secret)


def seconds_until_next_attempt(home: Path) -> float:
    """Seconds before another unlock attempt is allowed (0 if now)."""
    return attempts.seconds_left(home)


def recover(home: Path, recovery_key: str, new_passphrase: Passphrase, *, front_end: FrontEnd = "CLI") -> Session:
    """Set a new passphrase with the recovery key; returns the unlocked session."""
    require_strong(new_passphrase)
    return Session(home, Vault.recover(home, recovery_key, new_passphrase, front_end=front_end))


class Session:
    """An unlocked vault, and what the front ends may know of it (role, fingerprint)."""

    def __init__(self, home: Path, vault: Vault) -> None:
        self.home = home
        self._vault: Vault | None = vault
        self.role: str = vault.role
        self.fingerprint: str = vault.fingerprint

    @property
    def vault(self) -> Vault:
        """The open vault, for the service functions only; VAULT_CLOSED after :meth:`lock`."""
        if self._vault is None or self._vault.closed:
            raise NapError(ErrorCode.VAULT_CLOSED)
        return self._vault

    def require_role(self, *expected: str) -> Vault:
        """The open vault if this session is of one of the ``expected`` roles, else VAULT_ROLE (services call this)."""
        vault = self.vault
        if vault.role not in expected:
            raise NapError(ErrorCode.VAULT_ROLE, expected=" or ".join(expected), actual=vault.role or "unknown")
        return vault

    @property
    def locked(self) -> bool:
        """True after :meth:`lock`."""
        return self._vault is None or self._vault.closed

    @property
    def writing(self) -> bool:
        """True while the vault is in the middle of a write (it must end before quick-hide locks it)."""
        return self._vault is not None and not self._vault.closed and self._vault.in_transaction

    @property
    def closed(self) -> bool:
        """Same as :attr:`locked`."""
        return self.locked

    def change_passphrase(self, old: Passphrase, new: Passphrase) -> None:
        """Rewrap the key under ``new`` (checked for strength; ``old`` must be right)."""
        require_strong(new)
        self.vault.change_passphrase(old, new)

    def status(self) -> VaultStatus:
        """Role, fingerprint and the monitor's counts (never content).

        What a coordinator imported is :func:`napsurvey.services.coordinator_status.status_of`.
        """
        vault = self.vault
        return VaultStatus(
            role=vault.role,
            fingerprint=vault.fingerprint,
            device_id=vault.device_id,
            drafts=sum(drafts.count_drafts(vault).values()),
            completed_by_form=records.counts_by_form(vault),
            not_exported=records.count_not_exported(vault),
            # the event names the sync service logs (a mismatch here once left these "never")
            last_export_day=audit.last_day(vault, "exported", "exported_again"),
            last_import_day=audit.last_day(vault, "imported"),
            schema_version=vault.schema_version,
        )

    def audit(self) -> list[AuditEvent]:
        """The event log, oldest first (never answers)."""
        return [AuditEvent(id=e.id, day=e.day, event=e.event, detail=e.detail, data=e.data)
                for e in audit.list_events(self.vault)]

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
        """Record the training sign-off (WHO recommendation 7): the day and the supervisor's code.

        The code has a fixed form (:data:`SUPERVISOR_CODE_FORMAT`, e.g. ``SUP-07``), so a
        typo or a placeholder ("x") is refused (TRAINING_SUPERVISOR_CODE); the day is today
        or before (TRAINING_DATE). Letters are kept in capitals.
        """
        code = normalise_supervisor_code(supervisor_code)
        if not is_supervisor_code(code):
            raise NapError(ErrorCode.TRAINING_SUPERVISOR_CODE)
        if day > date.today():
            raise NapError(ErrorCode.TRAINING_DATE, day=day.isoformat())
        vault = self.vault
        with vault.transaction():
            settings_repo.put_setting(vault, TRAINING_KEY, {"date": day.isoformat(), "supervisor_code": code})
            audit.log_event(vault, "training_signed_off", f"training of {day.isoformat()}",
                            data={"day": day.isoformat()})

    def installed_forms(self) -> list[InstalledForm]:
        """Active forms with their draft and completed counts."""
        vault = self.vault
        draft_counts = drafts.count_drafts(vault)
        done = records.counts_by_form(vault)
        out = []
        for row in forms.list_forms(vault):
            form = forms.get_form(vault, row.form_id, row.version)
            out.append(
                InstalledForm(
                    form_id=row.form_id,
                    version=row.version,
                    sensitivity=row.sensitivity,
                    title=dict(form.settings.form_title),
                    languages=form.languages(),
                    drafts=draft_counts.get(row.form_id, 0),
                    completed=done.get(row.form_id, 0),
                )
            )
        return out

    def purge_expired(self, today: date) -> int:
        """Delete acknowledged records older than their form's ``retention_days``; return how many.

        Only records a coordinator acknowledged (receipt) are ever purged;
        forms without ``retention_days`` keep their records. :func:`unlock`
        runs this on a monitor's vault.
        """
        vault = self.vault
        total = 0
        with vault.transaction():
            for form_id, version in records.acknowledged_form_versions(vault):
                form = forms.find_form(vault, form_id, version)
                if form is None or form.settings.retention_days is None:
                    continue
                cutoff = (today - timedelta(days=form.settings.retention_days)).isoformat()
                total += records.purge_acknowledged(vault, form_id, version, cutoff)
            if total:
                audit.log_event(vault, "purged", f"{total} record(s)", data={"records": total})
        return total

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
