"""The monitor's interviews: start, autosave, resume, complete, stop (back-entry: :mod:`.backentry`).

Both front ends call these. The engine (:mod:`napsurvey.interview`) decides
what may be asked; this module ties it to the vault: a draft is saved after
every answer, and completion anonymises the answers and destroys the draft in
one transaction (:func:`napsurvey.vault.repo.completion.finish_draft`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Form
from napsurvey.interview import CompletedInterview, Interview, StartContext, check_start
from napsurvey.privacy.anonymise import Anonymiser, interview_month
from napsurvey.services.session import Session
from napsurvey.vault.repo import drafts as drafts_repo
from napsurvey.vault.repo import forms as forms_repo
from napsurvey.vault.repo.completion import OutcomeKey, finish_draft
from napsurvey.vault.repo.drafts import DraftInfo

__all__ = [
    "Completion", "DraftInfo", "Referrals", "RunningInterview", "can_start",
    "complete_interview", "discard_draft", "interview_referrals", "list_drafts", "referral_directory",
    "referral_services", "resume_interview", "save_progress", "start_context", "start_interview", "stop_interview",
]
from napsurvey.vault.repo.records import NewRecord

#: Vault settings the kit installs (see services.enrollment).
REFERRALS_KEY = "referral_directory"
PROTOCOL_KEY = "study_protocol"
#: The monitor's own area, chosen in settings; picks the referral services shown.
AREA_KEY = "monitor_area"


def referral_directory(session: Session) -> dict[str, list[dict[str, Any]]]:
    """The referral directory from the coordinator's kit: area -> services."""
    value = session.get_setting(REFERRALS_KEY, {})
    return value if isinstance(value, dict) else {}


def referral_services(session: Session, area: str | None = None) -> list[dict[str, Any]]:
    """Services for ``area`` (default: the monitor's area; all areas when none is set)."""
    directory = referral_directory(session)
    area = area or session.get_setting(AREA_KEY, None)
    if area and area in directory:
        return list(directory[area])
    return [service for services in directory.values() for service in services]


@dataclass(frozen=True)
class Referrals:
    """What the referral panel shows during an interview: the form's intro and the services to offer."""

    intro: str
    services: list[dict[str, Any]]


def interview_referrals(session: Session, running: RunningInterview) -> Referrals:
    """The referral services for this interview (WHO recommendation 3).

    The area is the answer to the form's ``referral.area_question`` when it
    has one and it was answered, else the monitor's own area (all areas when
    none is set); the intro is in the interview's language.
    """
    referral = running.form.referral
    area: str | None = None
    if referral is not None and referral.area_question:
        try:
            value = running.interview.value(referral.area_question)
        except NapError:
            value = ""
        area = str(value) if value else None
    intro = running.form.text(referral.intro, running.interview.language) if referral is not None else ""
    return Referrals(intro, referral_services(session, area))


def start_context(session: Session, *, language: str | None = None, today: dt.date | None = None) -> StartContext:
    """What the engine's WHO gates need to know about this monitor and device."""
    return StartContext(
        today=today or dt.date.today(),
        language=language,
        trained=session.training() is not None,
        referrals=referral_services(session) or None,
        protocol=bool(session.get_setting(PROTOCOL_KEY, None)),
    )


@dataclass
class RunningInterview:
    """An interview in progress and the draft that keeps it."""

    draft_id: str
    form: Form
    interview: Interview
    context: StartContext


@dataclass(frozen=True)
class Completion:
    """How an interview ended and what was kept."""

    status: str
    record_id: int | None
    message: str


def _form(session: Session, form_id: str, version: str | None = None) -> Form:
    return forms_repo.get_form(session.vault, form_id, version)


def can_start(session: Session, form_id: str) -> NapError | None:
    """Why the form cannot start now (training, kit protocol, referrals), or None."""
    try:
        check_start(_form(session, form_id), start_context(session))
    except NapError as exc:
        return exc
    return None


def start_interview(
    session: Session, form_id: str, *, language: str | None = None, today: dt.date | None = None
) -> RunningInterview:
    """Start a new interview of the active version of ``form_id`` and its draft."""
    form = _form(session, form_id)
    context = start_context(session, language=language, today=today)
    interview = Interview.start(form, context)  # refuses with the WHO gate's code
    draft_id = drafts_repo.create_draft(session.vault, form.form_id, form.version, interview.snapshot())
    return RunningInterview(draft_id, form, interview, context)


def resume_interview(session: Session, draft_id: str, *, today: dt.date | None = None) -> RunningInterview:
    """Reopen a draft exactly where it stopped (with the form version it began with)."""
    draft = drafts_repo.get_draft(session.vault, draft_id)
    form = _form(session, draft.form_id, draft.form_version)
    context = start_context(session, today=today)
    interview = Interview.restore(form, context, draft.snapshot)
    return RunningInterview(draft_id, form, interview, context)


def save_progress(session: Session, running: RunningInterview) -> None:
    """Autosave: called after every answer (one small UPDATE)."""
    drafts_repo.save_draft(session.vault, running.draft_id, running.interview.snapshot())


def list_drafts(session: Session) -> list[DraftInfo]:
    """Drafts to resume, oldest first."""
    return drafts_repo.list_drafts(session.vault)


def _month(running_context: StartContext) -> str:
    return interview_month(running_context.today)


def complete_interview(session: Session, running: RunningInterview) -> Completion:
    """Complete: anonymise and store (or count a refusal/child ending), destroying the draft."""
    result = running.interview.complete()  # INTERVIEW_NOT_COMPLETE if questions remain
    record, outcome = _storable(running.form, result, _month(running.context))
    record_id = finish_draft(session.vault, running.draft_id, record=record, outcome=outcome)
    return Completion(result.status, record_id, result.message)


def stop_interview(session: Session, running: RunningInterview, *, keep_draft: bool) -> None:
    """Stop: keep the draft to resume later, or destroy it and keep only a count."""
    if keep_draft:
        save_progress(session, running)
        return
    form = running.form
    finish_draft(
        session.vault, running.draft_id, outcome=(form.form_id, form.version, _month(running.context), "stopped")
    )


def discard_draft(session: Session, draft_id: str) -> None:
    """Destroy a draft from the home screen (counted as a stopped interview)."""
    draft = drafts_repo.get_draft(session.vault, draft_id)
    finish_draft(
        session.vault,
        draft_id,
        outcome=(draft.form_id, draft.form_version, interview_month(dt.date.today()), "stopped"),
    )


_ANONYMISERS: dict[int, Anonymiser] = {}


def _anonymiser(form: Form) -> Anonymiser:
    key = id(form)
    cached = _ANONYMISERS.get(key)
    if cached is None or cached.form is not form:
        cached = _ANONYMISERS[key] = Anonymiser(form)
    return cached


def _storable(form: Form, result: CompletedInterview, month: str) -> tuple[NewRecord | None, OutcomeKey | None]:
    if result.status == "complete":
        body = _anonymiser(form).apply(result.answers, result.declined)
        return NewRecord(form.form_id, form.version, month, body), None
    if result.status in ("refused", "ended_child", "stopped"):
        return None, (form.form_id, form.version, month, result.status)
    raise NapError(ErrorCode.INTERVIEW_NOT_COMPLETE, reason=f"status {result.status}")
