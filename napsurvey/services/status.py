"""What an unlocked vault holds, as plain models for the CLI and the GUI."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from napsurvey.vault.repo import audit, drafts, forms, records
from napsurvey.vault.store import Vault


class Status(BaseModel):
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
    """One line of the audit log."""

    day: str
    event: str
    detail: str


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


def build_status(vault: Vault) -> Status:
    """Status of ``vault``."""
    return Status(
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


def audit_events(vault: Vault) -> list[AuditEvent]:
    """The audit log, oldest first."""
    return [AuditEvent(day=e.day, event=e.event, detail=e.detail) for e in audit.list_events(vault)]


def installed_forms(vault: Vault) -> list[InstalledForm]:
    """Active forms with their draft and completed counts."""
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
