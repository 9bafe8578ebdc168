"""Forms in the vault: install from files (all or nothing) and list what a home has."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.catalog import FormSummary, shipped_catalog
from napsurvey.forms.loader import load_form
from napsurvey.services.session import Session
from napsurvey.vault.repo.forms import FormRow, install_form


def install_form_files(session: Session, paths: Sequence[Path]) -> list[FormRow]:
    """Install or upgrade forms of normal sensitivity from files, in one transaction.

    Every file is loaded and linted first; then all are installed or none
    (VAULT_FORM_HIGH_NEEDS_KIT, VAULT_FORM_DOWNGRADE, VAULT_FORM_CHANGED).
    """
    texts = []
    for path in paths:
        if not path.is_file():
            raise NapError(ErrorCode.FORM_NOT_FOUND, path=str(path))
        loaded = load_form(path)  # the first lint problem, coded, before anything is written
        texts.append(loaded.text)
    vault = session.vault
    with vault.transaction():
        return [install_form(vault, text, "file") for text in texts]


def vault_forms(session: Session) -> list[FormSummary]:
    """The active forms of this vault, as the catalogue summarises them."""
    return [
        FormSummary(
            form_id=f.form_id,
            version=f.version,
            title=dict(f.title),
            languages=tuple(f.languages),
            sensitivity=f.sensitivity,
        )
        for f in session.installed_forms()
    ]


def package_forms() -> list[FormSummary]:
    """The forms shipped with napsurvey (no vault needed)."""
    return list(shipped_catalog().forms)
