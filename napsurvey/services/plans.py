"""The NAP's own plan, for the coordinator: import, assess, print the scorecard, export the matrix.

Both front ends call these. Every write is all or nothing: a plan with any
problem is not stored, and an assessments file is stored whole (every period
in it) or not at all. Problems come back as coded lines
(:class:`~napsurvey.forms.problem.Problem`), every one of them, so a
ministry officer can fix a file in one pass.

The desktop edits a period in a form view: each change is saved as a draft
inside the vault (:func:`save_draft`), and :func:`store_draft` checks the
period against the plan and stores it in the same transaction that drops the
draft.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.catalog import load_cached, shipped_catalog
from napsurvey.forms.domain import stored_choices
from napsurvey.forms.model import Form
from napsurvey.forms.model import Indicator as FormIndicator
from napsurvey.forms.problem import Problem
from napsurvey.plan.assessment import Assessments, PeriodAssessment
from napsurvey.plan.export import matrix_json, matrix_xlsx, plan_matrix
from napsurvey.plan.jsonschema import assessments_json_schema, plan_json_schema
from napsurvey.plan.jsonschema import schema_text as _schema_text
from napsurvey.plan.lint import lint_assessments
from napsurvey.plan.model import Plan, SurveyEvidence, pick
from napsurvey.plan.reader import (
    parse_data,
    read_assessments,
    read_assessments_data,
    read_bytes,
    read_plan,
    read_plan_data,
)
from napsurvey.plan.scorecard import Scorecard, SurveyValue, build_scorecard
from napsurvey.plan.xlsx_template import plan_workbook
from napsurvey.privacy.published import ReleaseRef
from napsurvey.progress import ProgressCallback
from napsurvey.reports.plan.document import SECTIONS as SECTIONS
from napsurvey.reports.plan.document import PlanReportOptions, build_plan_report
from napsurvey.services import outputs
from napsurvey.services.releases import coordinator_forms, record_publication
from napsurvey.services.session import Session
from napsurvey.tables.labels import dimension_names
from napsurvey.vault.atomic_write import writable_file, write_atomic
from napsurvey.vault.days import today_iso
from napsurvey.vault.repo import plans as repo
from napsurvey.vault.repo.audit import log_event

EXPORT_FORMATS = ("xlsx", "json")


# -- what the plan can refer to ------------------------------------------------------------


def shipped_forms() -> dict[str, Form]:
    """The questionnaires shipped with napsurvey, by id."""
    return {s.form_id: load_cached(s.path).form for s in shipped_catalog().forms if s.path is not None}


def plan_forms(session: Session | None) -> dict[str, Form]:
    """The forms a survey-linked indicator may name: installed or issued ones, else shipped ones."""
    forms = shipped_forms()
    if session is not None:
        forms.update(coordinator_forms(session))
    return forms


# -- validate ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Checked:
    """What ``plan validate`` found in one file."""

    kind: str  # "plan" | "assessments"
    problems: list[Problem]


def validate_file(path: Path, session: Session | None = None, plan_file: Path | None = None) -> Checked:
    """Every problem of a plan file or an assessments file.

    An assessments file is checked against ``plan_file`` if given, else
    against the plan imported in ``session``'s vault, else for its shape only.
    """
    try:
        data = read_bytes(path)
    except NapError as exc:
        return Checked("plan", [Problem.from_error(str(path), "file", exc)])
    value, _ = parse_data(data, str(path))
    if isinstance(value, dict) and "periods" in value and "pillars" not in value:
        plan: Plan | None = None
        if plan_file is not None:
            plan, problems = read_plan(plan_file, plan_forms(session))
            if plan is None or problems:
                return Checked("assessments", problems)
        elif session is not None:
            plan = stored_plan(session, required=False)
        return Checked("assessments", read_assessments(path, plan)[1])
    return Checked("plan", read_plan_data(data, str(path), plan_forms(session))[1])


# -- import ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanImported:
    """What ``plan import`` did (``problems`` non-empty: nothing was stored)."""

    problems: list[Problem]
    plan_id: str = ""
    pillars: int = 0
    actions: int = 0
    indicators: int = 0
    updated: bool = False
    periods_kept: int = 0


def _body(model: Plan | PeriodAssessment) -> str:
    return model.model_dump_json(exclude_none=False)


def stored_plan(session: Session, *, required: bool = True) -> Plan | None:
    """The plan imported in this vault (``PLAN_NOT_IMPORTED`` when there is none and ``required``)."""
    row = repo.get_plan(session.vault)
    if row is None:
        if required:
            raise NapError(ErrorCode.PLAN_NOT_IMPORTED)
        return None
    return Plan.model_validate_json(row.body)


def stored_periods(session: Session) -> list[PeriodAssessment]:
    """The assessed periods, oldest first."""
    return [PeriodAssessment.model_validate_json(row.body) for row in repo.periods(session.vault)]


def import_plan(session: Session, path: Path, *, replace: bool = False) -> PlanImported:
    """Import a plan file (YAML or XLSX) whole, or not at all.

    A new version of the plan already imported replaces it if every stored
    period still fits it; a different plan replaces the stored one (and drops
    its periods) only with ``replace``.
    """
    session.require_role("coordinator")
    plan, problems = read_plan(path, plan_forms(session))
    if problems or plan is None:
        return PlanImported(problems=problems)
    vault = session.vault
    current = repo.get_plan(vault)
    kept = repo.periods(vault)
    if current is not None and current.plan_id != plan.id:
        if not replace:
            raise NapError(ErrorCode.PLAN_ANOTHER_PLAN, found=current.plan_id, periods=len(kept), new=plan.id)
        kept = []
    if current is not None and current.plan_id == plan.id:
        periods = [PeriodAssessment.model_validate_json(row.body) for row in kept]
        if periods:
            misfits = lint_assessments(Assessments(plan=plan.id, periods=periods), plan, str(path))
            if misfits:
                first = misfits[0]
                raise NapError(ErrorCode.PLAN_STORED_PERIODS, period=first.location, reason=first.message)
    body = _body(plan)
    with vault.transaction():
        if current is not None and current.plan_id != plan.id:
            repo.delete_plan(vault)
        repo.put_plan(vault, plan.id, body, hashlib.sha256(body.encode("utf-8")).hexdigest())
        log_event(vault, "plan_imported", f"plan {plan.id}: {len(plan.actions())} actions, {len(plan.indicators)} indicators")
    return PlanImported(problems=[], plan_id=plan.id, pillars=len(plan.pillars), actions=len(plan.actions()),
                        indicators=len(plan.indicators), updated=current is not None and current.plan_id == plan.id,
                        periods_kept=len(kept))


# -- assess ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Assessed:
    """What ``plan assess`` did (``problems`` non-empty: nothing was stored)."""

    problems: list[Problem]
    stored: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


def _store_periods(session: Session, periods: list[PeriodAssessment], source: str) -> tuple[list[str], list[str]]:
    stored, replaced = [], []
    vault = session.vault
    with vault.transaction():
        for period in periods:
            if repo.put_period(vault, period.period.id, period.period.end, _body(period), source):
                replaced.append(period.period.id)
            stored.append(period.period.id)
            repo.delete_draft(vault, period.period.id)
        log_event(vault, "plan_assessed", "periods " + ", ".join(stored))
    return stored, replaced


def assess(session: Session, path: Path) -> Assessed:
    """Store every period of an assessments file, all or nothing; a period already stored is replaced."""
    session.require_role("coordinator")
    plan = stored_plan(session)
    assert plan is not None
    assessments, problems = read_assessments(path, plan)
    if problems or assessments is None:
        return Assessed(problems=problems)
    stored, replaced = _store_periods(session, assessments.periods, "file")
    return Assessed(problems=[], stored=stored, replaced=replaced)


# -- the desktop's form view ----------------------------------------------------------------


def draft(session: Session, period_id: str) -> dict[str, Any] | None:
    """The unsaved edit of ``period_id`` (plain data), if any."""
    body = repo.draft(session.vault, period_id)
    return None if body is None else json.loads(body)


def drafts(session: Session) -> list[str]:
    """Periods with an unsaved edit."""
    return repo.drafts(session.vault)


def save_draft(session: Session, period_id: str, data: Mapping[str, Any]) -> None:
    """Autosave the desktop's edit of a period inside the vault (no check: it may be half done)."""
    repo.put_draft(session.vault, period_id, json.dumps(data, ensure_ascii=False))


def discard_draft(session: Session, period_id: str) -> None:
    """Drop the unsaved edit of a period."""
    repo.delete_draft(session.vault, period_id)


def check_period(session: Session, data: Mapping[str, Any]) -> tuple[PeriodAssessment | None, list[Problem]]:
    """A period given as plain data, checked against the stored plan: the model, or every problem it has."""
    plan = stored_plan(session)
    assert plan is not None
    # Read as an assessments file of one period, so the form view gets exactly the file's checks and lines.
    document = json.dumps({"plan": plan.id, "periods": [dict(data)]}, ensure_ascii=False).encode("utf-8")
    assessments, problems = read_assessments_data(document, plan, "form")
    if problems or assessments is None:
        return None, problems
    return assessments.periods[0], []


def store_draft(session: Session, period_id: str) -> Assessed:
    """Check the edit of ``period_id`` against the plan and store it (dropping the draft), or return its problems."""
    data = draft(session, period_id)
    if data is None:
        raise NapError(ErrorCode.PLAN_NO_ASSESSMENT, what=f"period '{period_id}'")
    period, problems = check_period(session, data)
    if period is None:
        return Assessed(problems=problems)
    if period.period.id != period_id:
        repo.delete_draft(session.vault, period_id)
    stored, replaced = _store_periods(session, [period], "desktop")
    return Assessed(problems=[], stored=stored, replaced=replaced)


def period_data(session: Session, period_id: str) -> dict[str, Any] | None:
    """A stored period as plain data (what the form view starts from)."""
    for period in stored_periods(session):
        if period.period.id == period_id:
            return period.model_dump(mode="json", exclude_none=True)
    return None


# -- scorecard and report -------------------------------------------------------------------


#: Refusals that mean "no released figure for this period" for a survey-linked indicator.
_NOT_RELEASED = frozenset({ErrorCode.RELEASE_NOT_RELEASED, ErrorCode.TABLES_NO_DATA, ErrorCode.TABLES_PERIOD,
                           ErrorCode.VAULT_FORM_NOT_INSTALLED})


def _answer_labels(form: Form, indicator: FormIndicator) -> dict[str, dict[str, str]]:
    """Labels of the answers the indicator's table shows (its groups, else its choices)."""
    groups = indicator.groups.get(indicator.question)
    if groups:
        return {g.name: dict(g.label) for g in groups}
    return {c.name: dict(c.label) for c in stored_choices(form, indicator.question)}


def _released_value(session: Session, evidence: SurveyEvidence, survey_period: str) -> tuple[SurveyValue | None,
                                                                                              list[ReleaseRef]]:
    """The share the release of ``survey_period`` publishes for ``evidence``, from its protected cells only."""
    try:
        published = outputs.published_tables(session, form_id=evidence.form, period=survey_period,
                                             indicator=evidence.indicator)
    except NapError as exc:
        if exc.code in _NOT_RELEASED:
            return None, []
        raise
    table = published.published.tables[0]
    form = published.forms[evidence.form]
    indicator = next(i for i in form.indicators if i.name == evidence.indicator)
    names = dict(zip([indicator.question, *indicator.by], dimension_names(indicator)))
    where = {names[q]: v for q, v in evidence.where.items()}
    # Totals over the periods shown (the period dimension left out): a margin with its own cell key.
    numerators = [table.cell(**{names[indicator.question]: answer, **where}) for answer in evidence.numerator]
    denominator = table.cell(**where)
    value: float | None = None
    if denominator is not None and denominator.count and all(c is not None and c.count is not None
                                                             for c in numerators):
        value = round(100.0 * sum(c.count or 0 for c in numerators if c is not None) / denominator.count, 1)
    labels = _answer_labels(form, indicator)
    protection = published.published.protection
    refs = list(published.published.releases)
    return SurveyValue(
        value=value, period=survey_period, form_title=dict(form.settings.form_title), threshold=table.threshold,
        max_deviation=protection.max_deviation if protection else 0,
        edition=max((r.edition for r in refs), default=1), answer_labels=labels,
    ), refs


def _survey(session: Session, plan: Plan, period: PeriodAssessment) -> tuple[dict[str, SurveyValue], list[ReleaseRef]]:
    values: dict[str, SurveyValue] = {}
    refs: list[ReleaseRef] = []
    for indicator in plan.indicators:
        observation = period.observation(indicator.id)
        if indicator.survey is None or observation is None or not observation.survey_period:
            continue
        value, used = _released_value(session, indicator.survey, observation.survey_period)
        if value is not None:
            values[indicator.id] = value
            refs += [r for r in used if r not in refs]
    return values, refs


def survey_values(session: Session, plan: Plan, period: PeriodAssessment) -> dict[str, SurveyValue]:
    """The released (protected) figures of the survey-linked indicators for ``period``.

    Each comes from the releases ledger: the published cells of the release
    the assessment names (``survey_period``), never from imported counts. An
    indicator whose period is not released has no value.
    """
    return _survey(session, plan, period)[0]


def _scorecard(session: Session, period_id: str | None, compare: str | None) -> tuple[Scorecard, list[ReleaseRef]]:
    plan = stored_plan(session)
    assert plan is not None
    periods = stored_periods(session)
    if not periods:
        raise NapError(ErrorCode.PLAN_NO_ASSESSMENT, what="any period (assess one first)")
    ids = [p.period.id for p in periods]
    chosen = period_id or ids[-1]
    for wanted in (chosen, compare):
        if wanted is not None and wanted not in ids:
            raise NapError(ErrorCode.PLAN_NO_ASSESSMENT, what=f"period '{wanted}' (assessed: {', '.join(ids)})")
    index = ids.index(chosen)
    if compare is None and index > 0:
        compare = ids[index - 1]
    current = periods[index]
    previous = next((p for p in periods if p.period.id == compare), None)
    values, refs = _survey(session, plan, current)
    before: dict[str, SurveyValue] = {}
    if previous is not None:
        before, earlier = _survey(session, plan, previous)
        refs += [r for r in earlier if r not in refs]
    return build_scorecard(plan, periods, chosen, compare, values, before), refs


def scorecard(session: Session, period_id: str | None = None, compare: str | None = None) -> Scorecard:
    """The scorecard of ``period_id`` (default: the latest), compared with ``compare`` (default: the one before)."""
    return _scorecard(session, period_id, compare)[0]


@dataclass(frozen=True)
class PlanReport:
    """A scorecard PDF made in memory: its bytes, what it prints, and the releases its survey figures show."""

    pdf: bytes
    scorecard: Scorecard
    releases: list[ReleaseRef]

    @property
    def pages(self) -> int:
        """Pages of the PDF."""
        return self.pdf.count(b"/Type /Page") - self.pdf.count(b"/Type /Pages")


@dataclass(frozen=True)
class PlanReportWritten:
    """The printed report."""

    path: Path
    period: str
    compared_with: str | None
    pages: int
    size: int


def report_bytes(session: Session, *, today: str | None = None, language: str = "en", paper: str = "a4",
                 period: str | None = None, compare: str | None = None,
                 sections: Collection[str] = SECTIONS, addressed_to: str | None = None,
                 progress: ProgressCallback | None = None) -> PlanReport:
    """The scorecard PDF in memory, what it prints and the releases it shows (nothing is written or recorded)."""
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise NapError(ErrorCode.PLAN_VALUE, field="sections", reason=f"unknown section {unknown[0]}")
    card, refs = _scorecard(session, period, compare)
    options = PlanReportOptions(language=language, paper=paper, sections=tuple(sections),
                                generated=today or today_iso(), addressed_to=addressed_to)
    return PlanReport(build_plan_report(card, options, progress), card, refs)


def _published(session: Session, report: PlanReport, detail: str) -> None:
    """The scorecard leaves the vault: log it, and put the survey figures it shows in the publication ledger."""
    log_event(session.vault, "exported", detail)
    if report.releases:
        record_publication(session, today_iso(), "plan scorecard", report.releases,
                           f"period {report.scorecard.period.period.id}")


def write_report(session: Session, out: Path, **options: Any) -> PlanReportWritten:
    """Print the scorecard to ``out`` (atomically)."""
    session.require_role("coordinator")
    writable_file(out)
    report = report_bytes(session, **options)
    write_atomic(out, report.pdf, mode=0o644)
    card = report.scorecard
    _published(session, report, f"plan scorecard, period {card.period.period.id}")
    return PlanReportWritten(out, card.period.period.id, card.previous.period.id if card.previous else None,
                             report.pages, len(report.pdf))


@dataclass(frozen=True)
class PageImage:
    """One rendered page: RGB pixels, ``stride`` bytes a row."""

    width: int
    height: int
    stride: int
    pixels: bytes


def render_pages(pdf: bytes, scale: float = 1.5) -> list[PageImage]:
    """The pages of a PDF as images, in memory (no file is written), for the screen."""
    import pypdfium2 as pdfium  # noqa: PLC0415 (only the desktop renders pages)

    document = pdfium.PdfDocument(pdf)
    try:
        pages = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=scale, rev_byteorder=True, may_draw_forms=False)
            try:
                pages.append(PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer)))
            finally:
                bitmap.close()
                page.close()
        return pages
    finally:
        document.close()


# -- export ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanExported:
    """The matrix written for partners."""

    path: Path
    actions: int
    indicators: int
    periods: int


def export_matrix(session: Session, out: Path, fmt: str, language: str = "en") -> PlanExported:
    """Write the plan's matrix with each action's status per period (xlsx or json)."""
    session.require_role("coordinator")
    if fmt not in EXPORT_FORMATS:
        raise NapError(ErrorCode.TABLES_FORMAT, format=fmt)
    writable_file(out)
    plan = stored_plan(session)
    assert plan is not None
    periods = stored_periods(session)
    released: dict[str, dict[str, SurveyValue]] = {}
    refs: list[ReleaseRef] = []
    for p in periods:
        released[p.period.id], used = _survey(session, plan, p)
        refs += [r for r in used if r not in refs]
    matrix = plan_matrix(plan, periods, language, released)
    write_atomic(out, matrix_json(matrix) if fmt == "json" else matrix_xlsx(matrix), mode=0o644)
    log_event(session.vault, "exported", f"plan matrix ({fmt})")
    if refs:
        record_publication(session, today_iso(), f"plan matrix {fmt}", refs, f"{len(periods)} period(s)")
    return PlanExported(out, len(matrix["actions"]), len(matrix["indicators"]), len(periods))


def write_template(out: Path, *, example: bool = False) -> Path:
    """Write the XLSX template a ministry officer fills in (``example``: filled with the Example Republic)."""
    writable_file(out)
    plan = None
    if example:
        from napsurvey.paths import resources_dir  # noqa: PLC0415

        plan, _ = read_plan(resources_dir() / "plans" / "example_republic.yaml")
    write_atomic(out, plan_workbook(plan), mode=0o644)
    return out


@dataclass(frozen=True)
class PlanOverview:
    """What the desktop's Plan area shows at the top."""

    plan_id: str
    title: str
    actions: int
    indicators: int
    periods: list[str]
    drafts: list[str]


def overview(session: Session, language: str = "en") -> PlanOverview | None:
    """The imported plan in a few words (None if no plan is imported)."""
    plan = stored_plan(session, required=False)
    if plan is None:
        return None
    return PlanOverview(plan.id, pick(plan.plan.title, language, plan.plan.default_language), len(plan.actions()),
                        len(plan.indicators), [p.period.id for p in stored_periods(session)], drafts(session))


def plan_json(plan: Plan) -> dict[str, Any]:
    """The plan as plain data (for the form view's choices)."""
    return plan.model_dump(mode="json")


def schema_text(*, assessments: bool = False) -> str:
    """The JSON Schema of plan files (or of assessments files) as text."""
    return _schema_text(assessments_json_schema() if assessments else plan_json_schema())


def write_pdf(session: Session, out: Path | str, report: PlanReport) -> Path:
    """Write a scorecard already made (the one on screen) to ``out``, atomically, and record it."""
    session.require_role("coordinator")
    path = writable_file(Path(out))
    write_atomic(path, report.pdf, mode=0o644)
    _published(session, report, f"plan scorecard, period {report.scorecard.period.period.id}")
    return path
