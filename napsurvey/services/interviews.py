"""The monitor's interviews: start, autosave, resume, complete, stop (back-entry: :mod:`.backentry`).

Both front ends call these. The engine (:mod:`napsurvey.interview`) decides
what may be asked; this module ties it to the vault: a draft is saved after
every answer, and completion anonymises the answers and destroys the draft in
one transaction (:func:`napsurvey.vault.repo.completion.finish_draft`).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.model import Choice, Form
from napsurvey.interview import CompletedInterview, Interview, StartContext, check_start
from napsurvey.privacy.anonymise import Anonymiser, interview_month
from napsurvey.services.session import Session
from napsurvey.vault.repo import drafts as drafts_repo
from napsurvey.vault.repo import forms as forms_repo
from napsurvey.vault.repo.completion import OutcomeKey, finish_draft
from napsurvey.vault.repo.drafts import DraftInfo

__all__ = [
    "Completion", "DraftInfo", "DraftSummary", "FormNeeds", "Referrals", "RunningInterview", "can_start",
    "complete_interview", "discard_draft", "draft_summaries", "interview_referrals", "list_drafts", "referral_directory",
    "referral_services", "resume_interview", "save_progress", "sensitive_form_needs", "start_context", "start_interview",
    "stop_interview",
]
from napsurvey.vault.repo.records import NewRecord
from napsurvey.vault.shipped import shipped_forms

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
    """What the referral panel shows during an interview: the form's intro and the services to offer.

    When the respondent's area has no service of its own, ``missing_area`` names
    it (in the interview's language) and ``services`` are the nearest listed
    ones: ``fallback`` is ``"nearby"`` for the other areas of the same region
    (areas sharing a column of the area's choice list, as a choice filter
    reads it), ``"other"`` for the rest of the directory when the region has
    none either. The form's intro says "near you"; it does not apply then.
    """

    intro: str
    services: list[dict[str, Any]]
    missing_area: str = ""
    fallback: str = ""


def _area_choice(form: Form, question: str, area: str) -> tuple[list[Choice], Choice | None]:
    row = next((r for r in form.survey if r.name == question), None)
    choices = list(form.choices.get(row.list_name or "", [])) if row is not None else []
    return choices, next((c for c in choices if c.name == area), None)


def _nearest(directory: dict[str, list[dict[str, Any]]], choices: list[Choice], chosen: Choice) -> list[dict[str, Any]]:
    """Services listed for the area's region itself, then for the areas sharing a grouping column with it
    (the same region), in list order."""
    groups = {k: str(v) for k, v in (chosen.model_extra or {}).items() if v not in (None, "")}
    near = [v for v in groups.values()]
    near += [c.name for c in choices if c.name != chosen.name and any(str(c.extra(k)) == v for k, v in groups.items())]
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for name in near:
        if name not in seen:
            seen.add(name)
            out.extend(directory.get(name, []))
    return out


def interview_referrals(session: Session, running: RunningInterview) -> Referrals:
    """The referral services for this interview (WHO recommendation 3).

    The area is the answer to the form's ``referral.area_question`` when it
    has one and it was answered, else the monitor's own area (all areas when
    none is set); the intro is in the interview's language. An answered area
    the directory lists no service for is said so (:class:`Referrals`), and
    the nearest listed services are offered instead of passing others' off
    as local.
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
    directory = referral_directory(session)
    if area is None or directory.get(area) or not directory or referral is None or not referral.area_question:
        return Referrals(intro, referral_services(session, area))
    choices, chosen = _area_choice(running.form, referral.area_question, area)
    label = running.form.text(chosen.label, running.interview.language) if chosen is not None else ""
    nearby = _nearest(directory, choices, chosen) if chosen is not None else []
    if nearby:
        return Referrals(intro, nearby, missing_area=label or area, fallback="nearby")
    everything = [service for services in directory.values() for service in services]
    return Referrals(intro, everything, missing_area=label or area, fallback="other")


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
    # Interviews happen on a monitor's device (or are entered from paper at a coordinator's); a hub holds no answers.
    return forms_repo.get_form(session.require_role("monitor", "coordinator"), form_id, version)


def can_start(session: Session, form_id: str) -> NapError | None:
    """Why the form cannot start now (training, kit protocol, referrals), or None."""
    try:
        check_start(_form(session, form_id), start_context(session))
    except NapError as exc:
        return exc
    return None


@dataclass(frozen=True)
class FormNeeds:
    """A sensitive questionnaire and what it still needs before it can start, where the monitor stands.

    ``needs`` holds ``"kit"`` (a coordinator's kit bringing the form with its
    study protocol and referral directory; WHO recommendations 1 and 3) and
    ``"training"`` (the supervisor's sign-off; WHO recommendation 7), in that
    order; empty when the form can start. ``installed`` is False while only
    the app knows the form (no kit has brought it yet).
    """

    form_id: str
    version: str
    title: dict[str, str]
    languages: list[str]
    installed: bool
    needs: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _shipped_high_forms() -> tuple[Form, ...]:
    # Read once: the shipped files do not change while the app runs, and the home page asks often.
    return tuple(form for form, _text in shipped_forms() if form.is_high)


def sensitive_form_needs(session: Session) -> list[FormNeeds]:
    """Every high-sensitivity questionnaire, installed or only shipped with the app, with what it needs."""
    trained = session.training() is not None
    context = start_context(session)
    installed = {f.form_id: f for f in session.installed_forms() if f.sensitivity == "high"}
    out: list[FormNeeds] = []
    for form_id, row in installed.items():
        needs: list[str] = []
        if not context.protocol or not context.referrals:
            needs.append("kit")  # the protocol and the referral directory come with the kit
        if not trained:
            needs.append("training")
        out.append(FormNeeds(form_id, row.version, dict(row.title), list(row.languages), True, tuple(needs)))
    for form in _shipped_high_forms():
        if form.form_id not in installed:
            needs = ["kit"] if trained else ["kit", "training"]
            out.append(FormNeeds(form.form_id, form.version, dict(form.settings.form_title), form.languages(), False, tuple(needs)))
    return out


def start_interview(
    session: Session, form_id: str, *, language: str | None = None, today: dt.date | None = None
) -> RunningInterview:
    """Start a new interview of the active version of ``form_id`` and its draft."""
    form = _form(session, form_id)
    context = start_context(session, language=language, today=today)
    interview = Interview.start(form, context)  # refuses with the WHO gate's code
    draft_id = drafts_repo.create_draft(
        session.vault, form.form_id, form.version, interview.snapshot(), section=_section_reached(interview)
    )
    return RunningInterview(draft_id, form, interview, context)


def resume_interview(session: Session, draft_id: str, *, today: dt.date | None = None) -> RunningInterview:
    """Reopen a draft exactly where it stopped (with the form version it began with)."""
    draft = drafts_repo.get_draft(session.vault, draft_id)
    form = _form(session, draft.form_id, draft.form_version)
    context = start_context(session, today=today)
    interview = Interview.restore(form, context, draft.snapshot)
    return RunningInterview(draft_id, form, interview, context)


def _section_reached(interview: Interview) -> str:
    position = interview.position
    if position.kind == "end" or not 0 <= position.index < len(interview.items):
        return ""
    item = interview.items[position.index]
    return interview.items[item.section].name if item.section is not None else ""


def save_progress(session: Session, running: RunningInterview) -> None:
    """Autosave: called after every answer (one small UPDATE), with the section reached and the answer count."""
    interview = running.interview
    drafts_repo.save_draft(
        session.vault, running.draft_id, interview.snapshot(),
        section=_section_reached(interview), answered=interview.progress().answered,
    )


@dataclass(frozen=True)
class DraftSummary:
    """A draft as the home page tells it apart: when it started, how far it got, how much was answered.

    Nothing a respondent said is in it: ``section_label`` is the form's own
    label of the last section reached ('' before any), in ``language``.
    """

    id: str
    form_id: str
    form_version: str
    started_at: str
    section_label: str
    answered: int


def list_drafts(session: Session) -> list[DraftInfo]:
    """Drafts to resume, oldest first."""
    return drafts_repo.list_drafts(session.vault)


def draft_summaries(session: Session, language: str) -> list[DraftSummary]:
    """Drafts to resume, oldest first, with the label of the section each reached in ``language``."""
    out: list[DraftSummary] = []
    forms: dict[tuple[str, str], Form | None] = {}
    for draft in drafts_repo.list_drafts(session.vault):
        key = (draft.form_id, draft.form_version)
        if key not in forms:
            try:
                forms[key] = _form(session, *key)
            except NapError:
                forms[key] = None
        form = forms[key]
        label = ""
        if form is not None and draft.section:
            row = next((r for r in form.survey if r.name == draft.section), None)
            label = (form.text(row.label, language) or draft.section) if row is not None else ""
        out.append(DraftSummary(draft.id, draft.form_id, draft.form_version, draft.started_at, label, draft.answered))
    return out


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
