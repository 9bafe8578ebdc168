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
