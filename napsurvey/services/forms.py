"""Forms in the vault: install from files (all or nothing), list what a home has, and say what they will publish."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.catalog import FormSummary, shipped_catalog
from napsurvey.forms.domain import release_kind
from napsurvey.forms.loader import load_form
from napsurvey.forms.model import Form
from napsurvey.privacy.ptable import DEFAULT_PARAMETERS, PerturbationTable, build_table
from napsurvey.privacy.publishability import IndicatorOutlook, publishability
from napsurvey.services.session import Session
from napsurvey.settings import DEFAULT_THRESHOLD, DEFAULT_THRESHOLD_HIGH, MINIMUM_THRESHOLD
from napsurvey.vault.repo.forms import FormRow, get_form, install_form, list_forms


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


@dataclass(frozen=True)
class FormOutlook:
    """What a form's tables are expected to publish at a size of fieldwork (before fieldwork)."""

    form_id: str
    period: str
    expected: int
    threshold: int
    indicators: list[IndicatorOutlook]


def publishability_outlook(form: Form, expected: int, threshold: int | None = None) -> FormOutlook:
    """Per indicator, the share of cells expected below the threshold at ``expected`` interviews per period.

    ``threshold`` defaults to 10, or 20 for a ``sensitivity: high`` form
    (``PRIVACY_THRESHOLD`` below the minimum of 5). The estimate uses the
    perturbation table every coordinator uses by default.
    """
    if threshold is None:
        threshold = DEFAULT_THRESHOLD_HIGH if form.is_high else DEFAULT_THRESHOLD
    if threshold < MINIMUM_THRESHOLD:
        raise NapError(ErrorCode.PRIVACY_THRESHOLD, value=threshold, minimum=MINIMUM_THRESHOLD)
    expected = max(0, expected)
    return FormOutlook(form.form_id, release_kind(form), expected, threshold,
                       publishability(form, expected, threshold, default_table()))


def file_outlook(path: Path, expected: int, threshold: int | None = None) -> FormOutlook:
    """:func:`publishability_outlook` of a form file (the file's first lint problem, coded, if it has one)."""
    return publishability_outlook(load_form(path).form, expected, threshold)


@cache
def default_table() -> PerturbationTable:
    """The default perturbation table (built once per process)."""
    return build_table(DEFAULT_PARAMETERS)


def kit_outlook(session: Session, expected: int, threshold: int, threshold_high: int) -> list[FormOutlook]:
    """What each questionnaire of the vault would publish at ``expected`` interviews per period (kit dialog).

    Ordinary forms at ``threshold``, ``sensitivity: high`` forms at
    ``threshold_high``.
    """
    vault = session.require_role("coordinator")
    out = []
    for row in list_forms(vault):
        form = get_form(vault, row.form_id, row.version)
        out.append(publishability_outlook(form, expected, threshold_high if form.is_high else threshold))
    return out
