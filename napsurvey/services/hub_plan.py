"""A coordinator's plan as it goes to its hub for twinning: the scorecards and funnels its own report prints.

:func:`shared_plan` turns each assessed period's scorecard
(:func:`napsurvey.services.plans.scorecard`, the very model the plan report
prints) into the plan block of an upward bundle
(:mod:`napsurvey.bundle.upward_plan`): action statuses, indicators against
baseline and target, the money per fiscal year. Survey-linked indicators go
as their released share with the release it comes from; nothing of the
survey records or their counts.
"""

from __future__ import annotations

from napsurvey.bundle.upward_plan import (
    ReleaseRef,
    SharedAction,
    SharedFunnelYear,
    SharedIndicator,
    SharedPillar,
    SharedPlan,
    SharedPlanPeriod,
    number_text,
)
from napsurvey.plan.scorecard import IndicatorRow, Scorecard
from napsurvey.services import plans
from napsurvey.services.session import Session

__all__ = ["shared_plan", "shared_period"]


def _indicator(row: IndicatorRow, pillar: str) -> SharedIndicator:
    ind = row.indicator
    release = None
    if ind.survey is not None and row.survey is not None:
        release = ReleaseRef(form_id=ind.survey.form, period=row.survey.period, edition=row.survey.edition,
                             max_deviation=row.survey.max_deviation, threshold=row.survey.threshold)
    return SharedIndicator(
        id=ind.id, pillar=pillar, title=dict(ind.title), unit=ind.unit, direction=ind.direction,
        baseline=None if ind.baseline is None else number_text(ind.baseline.value),
        baseline_year=None if ind.baseline is None else ind.baseline.year,
        target=None if ind.target is None else number_text(ind.target.value),
        target_year=None if ind.target is None else ind.target.year,
        observed=None if row.observed is None else number_text(row.observed), as_of=row.as_of,
        reached=bool(row.progress and row.progress.reached), regressed=bool(row.progress and row.progress.regressed),
        release=release)


def shared_period(card: Scorecard) -> SharedPlanPeriod:
    """One period's scorecard and funnel, as the plan block carries them."""
    pillars = [SharedPillar(id=c.pillar.id, title=dict(c.pillar.title),
                            actions=[SharedAction.model_validate({"id": a.action.id, "status": a.status or "unassessed"})
                                     for a in c.actions])
               for c in card.pillars]
    indicators = [_indicator(row, c.pillar.id) for c in card.pillars for row in c.indicators]
    funnel = [SharedFunnelYear(fiscal_year=y.fiscal_year, costed=number_text(y.costed),
                               allocated=number_text(y.allocated), disbursed=number_text(y.disbursed),
                               to_womens_organisations=number_text(y.to_womens_organisations))
              for y in card.funnel]
    period = card.period.period
    return SharedPlanPeriod(period=period.id, start=period.start, end=period.end, pillars=pillars,
                            indicators=indicators, funnel=funnel)


def shared_plan(session: Session) -> SharedPlan | None:
    """This coordinator's plan block: every assessed period's scorecard and funnel; None without an assessed plan."""
    session.require_role("coordinator")
    plan = plans.stored_plan(session, required=False)
    if plan is None:
        return None
    periods = plans.stored_periods(session)
    if not periods:
        return None
    shared = [shared_period(plans.scorecard(session, p.period.id)) for p in periods]
    return SharedPlan(plan_id=plan.id, title=dict(plan.plan.title), country=plan.plan.country[:120],
                      currency=plan.plan.currency, periods=shared)
