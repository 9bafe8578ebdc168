"""An in-memory stand-in for napsurvey.services.session with the same names.

Used only when the real services module is not importable, so the shell's
tests can run on their own. Behaviour mirrors the real one where the GUI
depends on it: strength, wrong-passphrase delay after three failures,
settings, training, installed forms.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from napsurvey.errors import ErrorCode, NapError

_VAULTS: dict[str, dict[str, Any]] = {}


@dataclass
class SetupResult:
    recovery_key: str
    fingerprint: str


@dataclass
class Strength:
    score: int
    label: str
    problems: list[str] = field(default_factory=list)


@dataclass
class Training:
    day: date
    supervisor_code: str


@dataclass
class InstalledForm:
    form_id: str
    version: str
    sensitivity: str
    title: dict[str, str]
    languages: list[str]
    drafts: int
    completed: int


@dataclass
class Status:
    role: str
    fingerprint: str
    drafts: int
    completed_by_form: dict[str, int]
    not_exported: int
    last_export_day: str | None = None
    last_import_day: str | None = None
    schema_version: int = 1


def vault_exists(home: Path) -> bool:
    return (Path(home) / "fake.vault").exists()


def passphrase_strength(passphrase: str) -> Strength:
    score = min(4, len(passphrase) // 4)
    labels = ["too weak", "weak", "fair", "good", "strong"]
    problems = ["use at least 10 characters"] if len(passphrase) < 10 else []
    return Strength(score, labels[score], problems)


def create_vault(home: Path, role: str, passphrase: str) -> SetupResult:
    home = Path(home)
    if vault_exists(home):
        raise NapError(ErrorCode.VAULT_EXISTS)
    if len(passphrase) < 10:
        raise NapError(ErrorCode.VAULT_WEAK_PASSPHRASE, reason="use at least 10 characters")
    home.mkdir(parents=True, exist_ok=True)
    (home / "fake.vault").write_text(json.dumps({"role": role}))
    _VAULTS[str(home)] = {
        "role": role,
        "passphrase": passphrase,
        "settings": {},
        "training": None,
        "failures": 0,
        "forms": [
            InstalledForm("community_safety", "2026.1", "normal", {"en": "Community safety survey", "fr": "Enquête sur la sécurité"}, ["en", "fr"], 1, 4),
            InstalledForm("crsv_documentation", "2026.1", "high", {"en": "Incident documentation", "fr": "Documentation"}, ["en", "fr"], 0, 0),
        ],
    }
    return SetupResult("7K3M-0QZD-ABCD-EFGH-JKMN-PQRS-TVWX-YZ12", "3FA1-22BC")


def seconds_until_next_attempt(home: Path) -> float:
    vault = _VAULTS.get(str(Path(home)))
    if not vault or vault["failures"] <= 3:
        return 0.0
    return 2.0 * 2 ** (vault["failures"] - 4)


def unlock(home: Path, passphrase: str) -> Session:
    vault = _VAULTS.get(str(Path(home)))
    if vault is None:
        raise NapError(ErrorCode.VAULT_NOT_FOUND)
    if passphrase != vault["passphrase"]:
        vault["failures"] += 1
        wait = seconds_until_next_attempt(home)
        raise NapError(ErrorCode.VAULT_WRONG_PASSPHRASE, delay=f"; wait {wait:.0f} s before the next attempt" if wait else "")
    vault["failures"] = 0
    return Session(Path(home), vault)


def recover(home: Path, recovery_key: str, new_passphrase: str) -> Session:
    vault = _VAULTS[str(Path(home))]
    if recovery_key.strip() != "7K3M-0QZD-ABCD-EFGH-JKMN-PQRS-TVWX-YZ12":
        raise NapError(ErrorCode.VAULT_WRONG_RECOVERY_KEY)
    vault["passphrase"] = new_passphrase
    return Session(Path(home), vault)


class Session:
    def __init__(self, home: Path, vault: dict[str, Any]) -> None:
        self.home = home
        self._vault: dict[str, Any] | None = vault
        self.role = vault["role"]
        self.fingerprint = "3FA1-22BC"

    @property
    def closed(self) -> bool:
        return self._vault is None

    def _v(self) -> dict[str, Any]:
        if self._vault is None:
            raise RuntimeError("session is locked")
        return self._vault

    def status(self) -> Status:
        forms = self._v()["forms"]
        return Status(self.role, self.fingerprint, sum(f.drafts for f in forms), {f.form_id: f.completed for f in forms}, 3)

    def get_setting(self, key: str, default: Any) -> Any:
        return self._v()["settings"].get(key, default)

    def put_setting(self, key: str, value: Any) -> None:
        self._v()["settings"][key] = value

    def training(self) -> Training | None:
        return self._v()["training"]

    def sign_off_training(self, day: date, supervisor_code: str) -> None:
        self._v()["training"] = Training(day, supervisor_code)

    def installed_forms(self) -> list[InstalledForm]:
        return list(self._v()["forms"])

    def lock(self) -> None:
        self._vault = None

    def change_passphrase(self, old: str, new: str) -> None:
        self._v()["passphrase"] = new
