"""App settings kept inside the vault (JSON values).

Known keys: ``idle_lock_minutes``, ``neutral_title``, ``font_size``,
``training`` ({date, supervisor_code}), ``referral_directory``. Anything that
could reveal the work belongs here, not in an unencrypted settings file.
"""

from __future__ import annotations

import json
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.vault.connection import OpenVault

#: Every (form_id, version) any accepted kit carried; a monitor exports only these.
KIT_FORMS_SETTING = "kit_form_versions"


def get_setting(vault: OpenVault, key: str, default: Any = None) -> Any:
    """The stored value of ``key``, else ``default``."""
    row = vault.connection.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return default if row is None else json.loads(row[0])


def put_setting(vault: OpenVault, key: str, value: Any) -> None:
    """Store ``value`` (JSON-serialisable) under ``key``."""
    try:
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError):
        raise NapError(ErrorCode.VAULT_SETTING, key=key, reason="value cannot be stored") from None
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, text),
        )


def delete_setting(vault: OpenVault, key: str) -> None:
    """Remove ``key`` (no error if absent)."""
    with vault.transaction() as conn:
        conn.execute("DELETE FROM settings WHERE key = ?", (key,))


def put_settings(vault: OpenVault, values: dict[str, Any]) -> None:
    """Store several settings in one transaction (all or none)."""
    with vault.transaction():
        for key, value in values.items():
            put_setting(vault, key, value)


def kit_form_versions(vault: OpenVault) -> set[tuple[str, str]]:
    """(form_id, version) of every form any kit this monitor accepted carried."""
    return {(str(f), str(v)) for f, v in get_setting(vault, KIT_FORMS_SETTING, [])}
