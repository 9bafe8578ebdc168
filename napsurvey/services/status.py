"""What an unlocked vault holds, as plain models the session returns to the CLI and the GUI."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field


class VaultStatus(BaseModel):
    """Counts and identity of this vault (never content)."""

    role: str
    fingerprint: str
    device_id: str
    drafts: int
    completed_by_form: dict[str, int]
    not_exported: int
    last_export_day: str | None
    last_import_day: str | None
    schema_version: int


class AuditEvent(BaseModel):
    """One line of the audit log: ``detail`` for people, ``data`` the same facts as fields."""

    id: int
    day: str
    event: str
    detail: str
    data: dict[str, Any] = Field(default_factory=dict)


class Training(BaseModel):
    """The monitor's training sign-off (WHO recommendation 7)."""

    day: date
    supervisor_code: str


class InstalledForm(BaseModel):
    """An installed form (active version) with its counts."""

    form_id: str
    version: str
    sensitivity: str
    title: dict[str, str]
    languages: list[str]
    drafts: int
    completed: int
