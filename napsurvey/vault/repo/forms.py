"""Forms installed in the vault: every version kept, one active per form id.

Records and drafts keep the version they were made with, so older versions
stay installed. Rules (WHO 1 and 2): a ``sensitivity: high`` form is accepted
only from a coordinator's kit; a version older than the installed one is
refused; a version already installed with different content is refused (a
changed form needs a new version).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.vault.connection import OpenVault
from napsurvey.vault.days import today_iso
from napsurvey.vault.form_text import parse_form_text, version_key
from napsurvey.vault.repo.audit import log_event

Source = Literal["shipped", "kit", "file"]


@dataclass(frozen=True)
class FormRow:
    """An installed form version (without its text)."""

    form_id: str
    version: str
    sensitivity: str
    source: str
    installed_day: str
    active: bool


_COLUMNS = "form_id, version, sensitivity, source, installed_day, active"


def _row(r: tuple[object, ...]) -> FormRow:
    return FormRow(str(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), bool(r[5]))


def install_form(vault: OpenVault, yaml_text: str, source: Source) -> FormRow:
    """Install (or upgrade to) the form in ``yaml_text`` and make it active.

    Raises the form's own FORM_* error if it does not load,
    VAULT_FORM_HIGH_NEEDS_KIT, VAULT_FORM_DOWNGRADE or VAULT_FORM_CHANGED.
    Installing the same text again changes nothing.
    """
    form = parse_form_text(yaml_text)
    if form.is_high and source != "kit":
        raise NapError(ErrorCode.VAULT_FORM_HIGH_NEEDS_KIT, form_id=form.form_id)
    with vault.transaction() as conn:
        same = _body(vault, form.form_id, form.version)
        if same is not None:
            if same != yaml_text:
                raise NapError(ErrorCode.VAULT_FORM_CHANGED, form_id=form.form_id, version=form.version)
            return get_form_row(vault, form.form_id, form.version)
        versions = [str(r[0]) for r in conn.execute("SELECT version FROM forms WHERE form_id = ?", (form.form_id,))]
        newest = max(versions, key=version_key, default=None)
        if newest is not None and version_key(form.version) < version_key(newest):
            raise NapError(ErrorCode.VAULT_FORM_DOWNGRADE, form_id=form.form_id, new=form.version, old=newest)
        conn.execute("UPDATE forms SET active = 0 WHERE form_id = ?", (form.form_id,))
        conn.execute(
            "INSERT INTO forms(form_id, version, sensitivity, source, body, installed_day, active)"
            " VALUES (?, ?, ?, ?, ?, ?, 1)",
            (form.form_id, form.version, form.settings.sensitivity, source, yaml_text, today_iso()),
        )
        log_event(vault, "forms_installed", f"{form.form_id} {form.version} ({source})",
                  data={"form_id": form.form_id, "version": form.version, "source": source})
    return get_form_row(vault, form.form_id, form.version)


def get_form_row(vault: OpenVault, form_id: str, version: str) -> FormRow:
    """One installed version; VAULT_FORM_NOT_INSTALLED if absent."""
    row = vault.connection.execute(
        f"SELECT {_COLUMNS} FROM forms WHERE form_id = ? AND version = ?", (form_id, version)  # noqa: S608 - constant
    ).fetchone()
    if row is None:
        raise NapError(ErrorCode.VAULT_FORM_NOT_INSTALLED, form_id=f"{form_id} {version}")
    return _row(row)


def list_forms(vault: OpenVault, *, active_only: bool = True) -> list[FormRow]:
    """Installed forms (by default only the active version of each), by id."""
    where = " WHERE active = 1" if active_only else ""
    sql = f"SELECT {_COLUMNS} FROM forms{where} ORDER BY form_id, version"  # noqa: S608 - constants only
    rows = vault.connection.execute(sql).fetchall()
    return [_row(r) for r in rows]


def _body(vault: OpenVault, form_id: str, version: str | None) -> str | None:
    if version is None:
        row = vault.connection.execute("SELECT body FROM forms WHERE form_id = ? AND active = 1", (form_id,)).fetchone()
    else:
        row = vault.connection.execute(
            "SELECT body FROM forms WHERE form_id = ? AND version = ?", (form_id, version)
        ).fetchone()
    return None if row is None else str(row[0])


def form_text(vault: OpenVault, form_id: str, version: str | None = None) -> str:
    """The YAML of a version (default: the active one)."""
    body = _body(vault, form_id, version)
    if body is None:
        raise NapError(ErrorCode.VAULT_FORM_NOT_INSTALLED, form_id=form_id if version is None else f"{form_id} {version}")
    return body


def get_form(vault: OpenVault, form_id: str, version: str | None = None) -> Form:
    """The parsed form (default: the active version). Shared model: do not mutate."""
    return parse_form_text(form_text(vault, form_id, version))


def find_form(vault: OpenVault, form_id: str, version: str) -> Form | None:
    """The parsed form of an installed version, or None when it is not installed."""
    body = _body(vault, form_id, version)
    return None if body is None else parse_form_text(body)


def active_form_texts(vault: OpenVault) -> list[str]:
    """The YAML of every active form, by form id."""
    rows = vault.connection.execute("SELECT body FROM forms WHERE active = 1 ORDER BY form_id")
    return [str(r[0]) for r in rows]
