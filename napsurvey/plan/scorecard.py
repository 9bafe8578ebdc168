"""What a scorecard shows, computed from the plan and its assessments (no layout here).

:func:`build_scorecard` gathers, for one reporting period: each action's
status with both sides' assessments; each indicator's observed value (the
latest up to that period, or the released survey figure) and its progress
from baseline to target; the money per fiscal year (costed in the plan,
allocated, disbursed, and the part that reached women's organisations); and,
when a previous period is given, what moved between the two.

The PDF (:mod:`napsurvey.reports.plan`), the desktop screen and the exports
read this same model, so the screen shows exactly what is printed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from napsurvey.plan.assessment import CATEGORIES, MODALITIES, STATUSES, Evidence, PeriodAssessment, Side
from napsurvey.plan.model import Action, Indicator, Objective, Pillar, Plan, Text

#: Order of the statuses from least to most advanced (dropped is outside the scale).
STATUS_RANK = {"not_started": 0, "delayed": 1, "on_track": 2, "completed": 3}


@dataclass(frozen=True)
class SurveyValue:
    """The released (protected) figure of a survey-linked indicator, as the releases ledger gives it.

    ``value`` is a percentage computed from released, perturbed counts only,
    or None when the released cells are below the threshold ("withheld").
    """

    value: float | None
    period: str
    form_title: Text
    threshold: int
    max_deviation: int
    edition: int = 1
    #: The counted answers' labels (answer code -> translated label), for the note under the figure.
    answer_labels: Mapping[str, Text] = field(default_factory=dict)


@dataclass(frozen=True)
class ActionRow:
    """One action in the period."""

    pillar: Pillar
    objective: Objective
    action: Action
    status: str | None
    government: Side | None
    civil_society: Side | None


@dataclass(frozen=True)
class Progress:
    """Where an observed value stands between baseline and target."""

    fraction: float | None  # 0 at the baseline, 1 at the target; None when it cannot be placed
    reached: bool
    regressed: bool


@dataclass(frozen=True)
class IndicatorRow:
    """One indicator in the period."""

    indicator: Indicator
    observed: float | None
    as_of: str | None  # the period the observed value was reported in
    source: Evidence | None
    note: str
    survey: SurveyValue | None
    survey_period: str | None
    progress: Progress | None


@dataclass
class FunnelYear:
    """The money of one fiscal year, from the plan's costing to women's organisations."""

    fiscal_year: str
    costed: float = 0.0
    allocated: float = 0.0
    disbursed: float = 0.0
    womens: dict[tuple[str, str], float] = field(default_factory=dict)
    reported_actions: int = 0

    @property
    def to_womens_organisations(self) -> float:
        """Total that reached women's organisations."""
        return float(sum(self.womens.values()))


@dataclass(frozen=True)
class Change:
    """Something that moved between two periods."""

    kind: str  # "status" | "value"
    ident: str
    before: str | float | None
    after: str | float | None
    direction: str  # "better" | "worse" | "same" | "new"


@dataclass
class PillarCard:
    """A pillar's actions and indicators."""

    pillar: Pillar
    actions: list[ActionRow]
    indicators: list[IndicatorRow]

    def status_counts(self) -> dict[str, int]:
        """How many actions have each status ('unassessed' for none)."""
        counts = {s: 0 for s in (*STATUSES, "unassessed")}
        for row in self.actions:
            counts[row.status or "unassessed"] += 1
        return counts


@dataclass
class Scorecard:
    """Everything the scorecard, the funnel, the comparison and the shadow report show."""

    plan: Plan
    period: PeriodAssessment
    previous: PeriodAssessment | None
    pillars: list[PillarCard]
    funnel: list[FunnelYear]
    changes: list[Change]

    def status_counts(self) -> dict[str, int]:
        """Action counts per status over the whole plan."""
        total = {s: 0 for s in (*STATUSES, "unassessed")}
        for card in self.pillars:
            for status, n in card.status_counts().items():
                total[status] += n
        return total


def progress(indicator: Indicator, observed: float | None) -> Progress | None:
    """Progress of ``observed`` from the indicator's baseline to its target (None without both)."""
    if observed is None or indicator.baseline is None or indicator.target is None:
        return None
    base, target = indicator.baseline.value, indicator.target.value
    if indicator.direction == "decrease":
        reached = observed <= target
        regressed = observed > base
        span = base - target
        fraction = (base - observed) / span if span else (1.0 if reached else 0.0)
    elif indicator.direction == "maintain":
        reached = observed >= target
        regressed = observed < min(base, target)
        fraction = 1.0 if reached else (observed / target if target else 0.0)
    else:
        reached = observed >= target
        regressed = observed < base
        span = target - base
        fraction = (observed - base) / span if span else (1.0 if reached else 0.0)
    return Progress(fraction=fraction, reached=reached, regressed=regressed)


def _periods_up_to(periods: Sequence[PeriodAssessment], period_id: str) -> list[PeriodAssessment]:
    ordered = sorted(periods, key=lambda p: (p.period.end, p.period.start))
    index = next(i for i, p in enumerate(ordered) if p.period.id == period_id)
    return ordered[: index + 1]


def _indicator_row(indicator: Indicator, history: list[PeriodAssessment],
                   survey_values: Mapping[str, SurveyValue]) -> IndicatorRow:
    current = history[-1]
    if indicator.survey is not None:
        obs = current.observation(indicator.id)
        released = survey_values.get(indicator.id)
        value = released.value if released is not None else None
        return IndicatorRow(indicator, value, current.period.id if released else None, None,
                            obs.note if obs else "", released, obs.survey_period if obs else None,
                            progress(indicator, value))
    for period in reversed(history):
        obs = period.observation(indicator.id)
        if obs is not None and obs.value is not None:
            return IndicatorRow(indicator, obs.value, period.period.id, obs.source, obs.note, None, None,
                                progress(indicator, obs.value))
    return IndicatorRow(indicator, None, None, None, "", None, None, None)


def _funnel(plan: Plan, history: list[PeriodAssessment]) -> list[FunnelYear]:
    years: dict[str, FunnelYear] = {}
    for _, _, action in plan.actions():
        for fiscal_year, amount in (action.cost.by_year.items() if action.cost else ()):
            years.setdefault(fiscal_year, FunnelYear(fiscal_year)).costed += amount
    latest = {}
    for period in history:  # finance lines are cumulative for their fiscal year: the latest one counts
        for line in period.finance:
            latest[(line.action, line.fiscal_year)] = line
    for (_, fiscal_year), line in latest.items():
        year = years.setdefault(fiscal_year, FunnelYear(fiscal_year))
        year.allocated += line.allocated or 0.0
        year.disbursed += line.disbursed or 0.0
        year.reported_actions += 1
        for c in line.womens_organisations:
            year.womens[(c.category, c.modality)] = year.womens.get((c.category, c.modality), 0.0) + c.amount
    for year in years.values():
        for key in ((c, m) for c in CATEGORIES for m in MODALITIES):
            year.womens.setdefault(key, 0.0)
    return [years[y] for y in sorted(years)]


def _changes(plan: Plan, before: PeriodAssessment, after: PeriodAssessment,
             rows_before: dict[str, IndicatorRow], rows_after: dict[str, IndicatorRow]) -> list[Change]:
    changes: list[Change] = []
    for _, _, action in plan.actions():
        a, b = before.action(action.id), after.action(action.id)
        s0, s1 = (a.status if a else None), (b.status if b else None)
        if s0 == s1 or s1 is None:
            continue
        if s0 is None:
            direction = "new"
        elif s1 == "dropped":
            direction = "worse"
        elif s0 == "dropped":
            direction = "better"
        else:
            direction = "better" if STATUS_RANK[s1] > STATUS_RANK[s0] else "worse"
        changes.append(Change("status", action.id, s0, s1, direction))
    for indicator in plan.indicators:
        v0, v1 = rows_before[indicator.id].observed, rows_after[indicator.id].observed
        if v1 is None or v0 == v1:
            continue
        if v0 is None:
            direction = "new"
        else:
            up = v1 > v0
            better = up if indicator.direction != "decrease" else not up
            direction = "better" if better else "worse"
        changes.append(Change("value", indicator.id, v0, v1, direction))
    return changes


def build_scorecard(plan: Plan, periods: Sequence[PeriodAssessment], period_id: str,
                    previous_id: str | None = None, survey_values: Mapping[str, SurveyValue] | None = None,
                    previous_survey_values: Mapping[str, SurveyValue] | None = None) -> Scorecard:
    """The scorecard of ``period_id`` (compared with ``previous_id`` when given).

    ``survey_values`` are the released figures of the survey-linked
    indicators for this period (from the releases ledger); an indicator with
    none shows no value.
    """
    survey_values = survey_values or {}
    history = _periods_up_to(periods, period_id)
    current = history[-1]
    rows = {i.id: _indicator_row(i, history, survey_values) for i in plan.indicators}
    cards: list[PillarCard] = []
    for pillar in plan.pillars:
        actions = []
        for objective in pillar.objectives:
            for action in objective.actions:
                item = current.action(action.id)
                actions.append(ActionRow(pillar, objective, action, item.status if item else None,
                                         item.government if item else None, item.civil_society if item else None))
        cards.append(PillarCard(pillar, actions, [rows[i.id] for i in plan.indicators if i.pillar == pillar.id]))
    previous = None
    changes: list[Change] = []
    if previous_id is not None:
        before_history = _periods_up_to(periods, previous_id)
        previous = before_history[-1]
        rows_before = {i.id: _indicator_row(i, before_history, previous_survey_values or {}) for i in plan.indicators}
        changes = _changes(plan, previous, current, rows_before, rows)
    return Scorecard(plan, current, previous, cards, _funnel(plan, history), changes)
