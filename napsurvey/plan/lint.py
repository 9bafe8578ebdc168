"""The plan linter: every rule a plan and its assessments must pass before they are stored.

:func:`lint_plan` checks a validated :class:`Plan`; :func:`lint_assessments`
checks assessments against their plan. Each returns *all* problems, one per
rule broken, located by the record they are in (``action A1.2``,
``indicator I3``, ``period 2026-H1``).

Rules: ids are unique and references resolve; framework codes are in the
shipped list; a target has a baseline, and years and months are in order and
inside the plan; an action names its responsible institution; all money is in
the plan's currency; a survey-linked indicator names a real indicator of a
form and answers of its question; and no text holds a phone or ID number, an
e-mail address or a person's name.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from collections.abc import Set as AbstractSet
from typing import TypeVar

from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms.domain import grouped_values
from napsurvey.forms.model import Form
from napsurvey.forms.model import Indicator as FormIndicator
from napsurvey.forms.problem import Problem
from napsurvey.plan.assessment import Assessments, Evidence, PeriodAssessment, PublicDocument, Side
from napsurvey.plan.frameworks import shipped_frameworks
from napsurvey.plan.model import Indicator, Plan, Responsible, Text, fiscal_year_start
from napsurvey.plan.personal import personal_data

T = TypeVar("T")


class _Sink:
    def __init__(self, source: str, dropped: AbstractSet[str] = frozenset()) -> None:
        self.source = source
        self.dropped = dropped
        self.problems: list[Problem] = []

    def add(self, location: str, error: ErrorCode, /, **params: object) -> None:
        if error is ErrorCode.PLAN_UNKNOWN_REFERENCE and params.get("id") in self.dropped:
            return  # the record exists but did not validate: its own problem is already listed
        self.problems.append(Problem(self.source, location, error, NapError(error, **params).message, params))

    def text(self, location: str, field: str, value: str | None) -> None:
        for what in personal_data(value or ""):
            self.add(location, ErrorCode.PLAN_PERSONAL_DATA, field=field, what=what)

    def texts(self, location: str, field: str, value: Text) -> None:
        for language, text in value.items():
            self.text(location, f"{field}.{language}", text)


def _duplicates(ids: Iterable[T]) -> list[T]:
    return [i for i, n in Counter(ids).items() if n > 1]


def _year(month: str | None) -> int | None:
    return int(month[:4]) if month else None


# -- the plan ------------------------------------------------------------------------------


def _check_ids(plan: Plan, sink: _Sink) -> None:
    ids = [p.id for p in plan.pillars] + [o.id for p in plan.pillars for o in p.objectives]
    ids += [a.id for _, _, a in plan.actions()] + [i.id for i in plan.indicators]
    for ident in _duplicates(ids):
        sink.add("plan", ErrorCode.PLAN_DUPLICATE_ID, id=ident)


def _check_responsible(where: str, responsible: Responsible | None, sink: _Sink, action_id: str | None) -> None:
    if responsible is None or not any(t.strip() for t in responsible.institution.values()):
        if action_id is not None:
            sink.add(where, ErrorCode.PLAN_NO_RESPONSIBLE, id=action_id)
        return
    sink.texts(where, "responsible.institution", responsible.institution)
    sink.texts(where, "responsible.unit", responsible.unit)


def _check_actions(plan: Plan, sink: _Sink) -> None:
    info = plan.plan
    indicator_ids = {i.id for i in plan.indicators}
    for pillar in plan.pillars:
        sink.texts(f"pillar {pillar.id}", "title", pillar.title)
        for objective in pillar.objectives:
            sink.texts(f"objective {objective.id}", "title", objective.title)
    for _, _, action in plan.actions():
        where = f"action {action.id}"
        sink.texts(where, "title", action.title)
        _check_responsible(where, action.responsible, sink, action.id)
        for n, partner in enumerate(action.partners, 1):
            sink.text(where, f"partners.{n}", partner)
        sink.text(where, "budget_line", action.budget_line)
        if action.start and action.end and action.end < action.start:
            sink.add(where, ErrorCode.PLAN_DATES, field="end", reason=f"{action.end} is before the start {action.start}")
        for field, month in (("start", action.start), ("end", action.end)):
            year = _year(month)
            if year is not None and not info.start_year - 1 <= year <= info.end_year + 1:
                sink.add(where, ErrorCode.PLAN_DATES, field=field,
                         reason=f"{month} is outside the plan's years {info.start_year}-{info.end_year}")
        for ref in action.indicators:
            if ref not in indicator_ids:
                sink.add(where, ErrorCode.PLAN_UNKNOWN_REFERENCE, field="indicators", kind="indicator", id=ref)
        if action.cost is not None:
            currency = action.cost.currency or info.currency
            if currency != info.currency:
                sink.add(where, ErrorCode.PLAN_CURRENCY, field="cost.currency", found=currency, expected=info.currency)
            for fiscal_year in action.cost.by_year:
                start = fiscal_year_start(fiscal_year)
                if not info.start_year - 1 <= start <= info.end_year:
                    sink.add(where, ErrorCode.PLAN_DATES, field=f"cost.by_year.{fiscal_year}",
                             reason=f"fiscal year {fiscal_year} is outside the plan's years")


def _check_framework(where: str, indicator: Indicator, sink: _Sink) -> None:
    frameworks = shipped_frameworks()
    for ref in indicator.frameworks:
        if frameworks.get(ref.scheme, ref.code) is None:
            sink.add(where, ErrorCode.PLAN_UNKNOWN_FRAMEWORK, scheme=ref.scheme, ref=ref.code)


def _check_values(where: str, indicator: Indicator, sink: _Sink, start: int, end: int) -> None:
    if indicator.target is not None and indicator.baseline is None:
        sink.add(where, ErrorCode.PLAN_TARGET_WITHOUT_BASELINE, id=indicator.id)
    if indicator.baseline and indicator.target and indicator.target.year < indicator.baseline.year:
        sink.add(where, ErrorCode.PLAN_DATES, field="target.year",
                 reason=f"{indicator.target.year} is before the baseline year {indicator.baseline.year}")
    if indicator.target and not start <= indicator.target.year <= end + 5:
        sink.add(where, ErrorCode.PLAN_DATES, field="target.year",
                 reason=f"{indicator.target.year} is outside the plan's years {start}-{end}")
    for field, measure in (("baseline", indicator.baseline), ("target", indicator.target),
                           *((f"milestones.{n}", m) for n, m in enumerate(indicator.milestones, 1))):
        if measure is None:
            continue
        if indicator.unit == "percent" and not 0 <= measure.value <= 100:
            sink.add(where, ErrorCode.PLAN_VALUE, field=f"{field}.value", reason="a percentage is between 0 and 100")
        if indicator.unit == "yes_no" and measure.value not in (0, 1):
            sink.add(where, ErrorCode.PLAN_VALUE, field=f"{field}.value", reason="a yes/no indicator is 0 (no) or 1 (yes)")
        if indicator.unit in ("number", "money") and measure.value < 0:
            sink.add(where, ErrorCode.PLAN_VALUE, field=f"{field}.value", reason="a count or amount is not negative")


def _check_survey(where: str, indicator: Indicator, forms: Mapping[str, Form] | None, sink: _Sink) -> None:
    evidence = indicator.survey
    if evidence is None:
        return
    if indicator.unit != "percent":
        sink.add(where, ErrorCode.PLAN_SURVEY_EVIDENCE, id=indicator.id,
                 reason="a survey-linked indicator is a share of answers: its unit must be percent")
    if forms is None:
        return
    form = forms.get(evidence.form)
    if form is None:
        sink.add(where, ErrorCode.PLAN_SURVEY_EVIDENCE, id=indicator.id,
                 reason=f"form '{evidence.form}' is neither shipped nor installed")
        return
    table = next((t for t in form.indicators if t.name == evidence.indicator), None)
    if table is None:
        sink.add(where, ErrorCode.PLAN_SURVEY_EVIDENCE, id=indicator.id,
                 reason=f"form '{evidence.form}' has no indicator '{evidence.indicator}'")
        return
    for answer in evidence.numerator:
        reason = _not_shown(form, table, table.question, answer)
        if reason:
            sink.add(where, ErrorCode.PLAN_SURVEY_EVIDENCE, id=indicator.id, reason=reason)
    for dimension, value in evidence.where.items():
        if dimension not in table.by:
            sink.add(where, ErrorCode.PLAN_SURVEY_EVIDENCE, id=indicator.id,
                     reason=f"indicator '{evidence.indicator}' is not broken down by '{dimension}'")
            continue
        reason = _not_shown(form, table, dimension, value)
        if reason:
            sink.add(where, ErrorCode.PLAN_SURVEY_EVIDENCE, id=indicator.id, reason=reason)


def _not_shown(form: Form, table: FormIndicator, question: str, value: str) -> str | None:
    """Why ``value`` is not a row or column of the indicator's table for ``question`` (None if it is)."""
    shown = grouped_values(form, table, question)
    if value in shown:
        return None
    group = table.group_of(question).get(value)
    if group is not None and group != value:
        return f"'{value}' is counted in the group '{group}' in indicator '{table.name}': name the group"
    return f"'{value}' is not an answer of question '{question}' in indicator '{table.name}'"


def _check_indicators(plan: Plan, forms: Mapping[str, Form] | None, sink: _Sink) -> None:
    pillars = {p.id for p in plan.pillars}
    objectives = {o.id for p in plan.pillars for o in p.objectives}
    for indicator in plan.indicators:
        where = f"indicator {indicator.id}"
        sink.texts(where, "title", indicator.title)
        sink.texts(where, "definition", indicator.definition)
        sink.texts(where, "data_source", indicator.data_source)
        if indicator.pillar not in pillars:
            sink.add(where, ErrorCode.PLAN_UNKNOWN_REFERENCE, field="pillar", kind="pillar", id=indicator.pillar)
        if indicator.objective and indicator.objective not in objectives:
            sink.add(where, ErrorCode.PLAN_UNKNOWN_REFERENCE, field="objective", kind="objective", id=indicator.objective)
        _check_framework(where, indicator, sink)
        _check_values(where, indicator, sink, plan.plan.start_year, plan.plan.end_year)
        _check_survey(where, indicator, forms, sink)


def lint_plan(plan: Plan, source: str = "<plan>", forms: Mapping[str, Form] | None = None,
              dropped: AbstractSet[str] = frozenset()) -> list[Problem]:
    """Every problem of ``plan`` (empty: the plan is fine).

    ``forms`` (form id -> form) are the questionnaires a survey-linked
    indicator may name; None skips that check. ``dropped`` are ids of records
    that did not validate (references to them are not reported again).
    """
    sink = _Sink(source, dropped)
    info = plan.plan
    sink.texts("plan", "title", info.title)
    sink.text("plan", "country", info.country)
    if info.coordination is not None:
        _check_responsible("plan", info.coordination, sink, None)
    if info.end_year < info.start_year:
        sink.add("plan", ErrorCode.PLAN_DATES, field="end_year", reason=f"{info.end_year} is before {info.start_year}")
    if not plan.pillars:
        sink.add("plan", ErrorCode.PLAN_SCHEMA, field="pillars", reason="a plan has at least one pillar")
    _check_ids(plan, sink)
    _check_actions(plan, sink)
    _check_indicators(plan, forms, sink)
    return sink.problems


# -- assessments ---------------------------------------------------------------------------


def _evidence_texts(where: str, field: str, evidence: Iterable[Evidence | None], sink: _Sink) -> None:
    for n, item in enumerate(evidence, 1):
        if isinstance(item, PublicDocument):
            for name in ("title", "issuer", "page", "link"):
                sink.text(where, f"{field}.{n}.{name}", getattr(item, name))


def _side(where: str, field: str, side: Side | None, sink: _Sink) -> None:
    if side is None:
        return
    sink.text(where, f"{field}.text", side.text)
    _evidence_texts(where, f"{field}.evidence", side.evidence, sink)


def _months_inside(period: PeriodAssessment, plan: Plan, sink: _Sink) -> None:
    where = f"period {period.period.id}"
    p = period.period
    if p.end < p.start:
        sink.add(where, ErrorCode.PLAN_DATES, field="period.end", reason=f"{p.end} is before the start {p.start}")
    for field, month in (("period.start", p.start), ("period.end", p.end)):
        if not plan.plan.start_year <= int(month[:4]) <= plan.plan.end_year + 1:
            sink.add(where, ErrorCode.PLAN_DATES, field=field, reason=f"{month} is outside the plan's years")


def _check_period(period: PeriodAssessment, plan: Plan, sink: _Sink) -> None:
    where = f"period {period.period.id}"
    _months_inside(period, plan, sink)
    sink.texts(where, "period.label", period.period.label)
    for ident in _duplicates(a.action for a in period.actions):
        sink.add(where, ErrorCode.PLAN_DUPLICATE_ID, id=ident)
    for item in period.actions:
        if plan.action(item.action) is None:
            sink.add(where, ErrorCode.PLAN_UNKNOWN_REFERENCE, field="actions", kind="action", id=item.action)
            continue
        at = f"{where} action {item.action}"
        _side(at, "government", item.government, sink)
        _side(at, "civil_society", item.civil_society, sink)
    for ident in _duplicates(o.indicator for o in period.indicators):
        sink.add(where, ErrorCode.PLAN_DUPLICATE_ID, id=ident)
    for obs in period.indicators:
        indicator = plan.indicator(obs.indicator)
        if indicator is None:
            sink.add(where, ErrorCode.PLAN_UNKNOWN_REFERENCE, field="indicators", kind="indicator", id=obs.indicator)
            continue
        at = f"{where} indicator {obs.indicator}"
        sink.text(at, "note", obs.note)
        _evidence_texts(at, "source", [obs.source], sink)
        if indicator.survey is not None:
            if obs.value is not None:
                sink.add(at, ErrorCode.PLAN_SURVEY_VALUE, id=obs.indicator)
            continue
        if obs.survey_period is not None:
            sink.add(at, ErrorCode.PLAN_SURVEY_EVIDENCE, id=obs.indicator,
                     reason="survey_period is only for an indicator with survey evidence")
        if obs.value is not None and obs.source is None:
            sink.add(at, ErrorCode.PLAN_NO_SOURCE, id=obs.indicator)
        if obs.value is not None and indicator.unit == "percent" and not 0 <= obs.value <= 100:
            sink.add(at, ErrorCode.PLAN_VALUE, field="value", reason="a percentage is between 0 and 100")
    _check_finance(period, plan, sink)
    _check_shadow(period, plan, sink)


def _check_finance(period: PeriodAssessment, plan: Plan, sink: _Sink) -> None:
    where = f"period {period.period.id}"
    keys = [(f.action, f.fiscal_year) for f in period.finance]
    for action, year in _duplicates(keys):
        sink.add(where, ErrorCode.PLAN_DUPLICATE_ID, id=f"{action} {year}")
    for line in period.finance:
        at = f"{where} finance {line.action} {line.fiscal_year}"
        if plan.action(line.action) is None:
            sink.add(where, ErrorCode.PLAN_UNKNOWN_REFERENCE, field="finance", kind="action", id=line.action)
            continue
        currency = line.currency or plan.plan.currency
        if currency != plan.plan.currency:
            sink.add(at, ErrorCode.PLAN_CURRENCY, field="currency", found=currency, expected=plan.plan.currency)
        start = fiscal_year_start(line.fiscal_year)
        if not plan.plan.start_year - 1 <= start <= plan.plan.end_year:
            sink.add(at, ErrorCode.PLAN_DATES, field="fiscal_year", reason=f"{line.fiscal_year} is outside the plan's years")
        reached = line.to_womens_organisations()
        if line.disbursed is not None and reached > line.disbursed:
            sink.add(at, ErrorCode.PLAN_VALUE, field="womens_organisations",
                     reason=f"{reached:g} reached women's organisations but only {line.disbursed:g} was disbursed")
        if line.disbursed is None and line.womens_organisations:
            sink.add(at, ErrorCode.PLAN_VALUE, field="disbursed",
                     reason="money that reached women's organisations was disbursed: give the amount disbursed")


def _check_shadow(period: PeriodAssessment, plan: Plan, sink: _Sink) -> None:
    report = period.shadow_report
    if report is None:
        return
    where = f"period {period.period.id} shadow_report"
    sink.text(where, "summary", report.summary)
    for ident in _duplicates(f.pillar for f in report.findings):
        sink.add(where, ErrorCode.PLAN_DUPLICATE_ID, id=ident)
    for finding in report.findings:
        if plan.pillar(finding.pillar) is None:
            sink.add(where, ErrorCode.PLAN_UNKNOWN_REFERENCE, field="findings", kind="pillar", id=finding.pillar)
            continue
        sink.text(f"{where} {finding.pillar}", "findings", finding.findings)
        for n, text in enumerate(finding.recommendations, 1):
            sink.text(f"{where} {finding.pillar}", f"recommendations.{n}", text)


def lint_assessments(assessments: Assessments, plan: Plan, source: str = "<assessments>",
                     dropped: AbstractSet[str] = frozenset()) -> list[Problem]:
    """Every problem of ``assessments`` checked against ``plan`` (empty: they are fine)."""
    sink = _Sink(source, dropped)
    if assessments.plan != plan.id:
        sink.add("file", ErrorCode.PLAN_WRONG_PLAN, found=assessments.plan, expected=plan.id)
        return sink.problems
    for ident in _duplicates(p.period.id for p in assessments.periods):
        sink.add("file", ErrorCode.PLAN_DUPLICATE_ID, id=ident)
    for period in assessments.periods:
        _check_period(period, plan, sink)
    return sink.problems


