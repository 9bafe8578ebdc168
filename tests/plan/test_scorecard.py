"""The scorecard's numbers: progress to target, the funnel per year, what moved between two periods."""

from __future__ import annotations

import pytest
from plankit import EXAMPLE_ASSESSMENTS, example

from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.plan.model import Indicator
from napsurvey.plan.scorecard import SurveyValue, build_scorecard, progress


def _indicator(direction: str, base: float, target: float) -> Indicator:
    return Indicator.model_validate({"id": "I", "title": "t", "pillar": "p", "direction": direction,
                                     "baseline": {"value": base, "year": 2025}, "target": {"value": target, "year": 2030}})


@pytest.mark.parametrize(("direction", "base", "target", "observed", "fraction", "reached", "regressed"), [
    ("increase", 10, 30, 20, 0.5, False, False),
    ("increase", 10, 30, 35, 1.25, True, False),
    ("increase", 10, 30, 5, -0.25, False, True),
    ("decrease", 40, 20, 30, 0.5, False, False),
    ("decrease", 40, 20, 45, -0.25, False, True),
    ("decrease", 40, 20, 20, 1.0, True, False),
    ("maintain", 50, 50, 50, 1.0, True, False),
])
def test_progress_from_baseline_to_target(direction: str, base: float, target: float, observed: float,
                                          fraction: float, reached: bool, regressed: bool) -> None:
    result = progress(_indicator(direction, base, target), observed)
    assert result is not None
    assert result.fraction == pytest.approx(fraction)
    assert (result.reached, result.regressed) == (reached, regressed)


def test_no_progress_without_a_value() -> None:
    assert progress(_indicator("increase", 1, 2), None) is None


def test_the_funnel_takes_the_costing_from_the_plan_and_the_latest_money_of_the_year() -> None:
    plan, assessments = example()
    card = build_scorecard(plan, assessments.periods, "2026-H2")
    year = next(y for y in card.funnel if y.fiscal_year == "2026")
    raw = read_yaml(EXAMPLE_ASSESSMENTS.read_text(encoding="utf-8"))
    lines = [f for f in raw["periods"][1]["finance"] if f["fiscal_year"] == "2026"]  # H2 restates the whole year
    assert year.allocated == sum(f.get("allocated", 0) for f in lines)
    assert year.disbursed == sum(f.get("disbursed", 0) for f in lines)
    assert year.to_womens_organisations == sum(c["amount"] for f in lines for c in f.get("womens_organisations", []))
    assert year.womens[("local", "core")] == 0 and year.womens[("national", "core")] == 5000
    costed = sum(a.cost.by_year.get("2026", 0) for _, _, a in plan.actions() if a.cost)
    assert year.costed == costed == 782000


def test_statuses_are_those_of_the_period_and_unassessed_actions_are_counted() -> None:
    plan, assessments = example()
    card = build_scorecard(plan, assessments.periods, "2026-H1")
    counts = card.status_counts()
    assert sum(counts.values()) == 20
    assert counts["unassessed"] == 20 - len(assessments.periods[0].actions)
    row = next(r for p in card.pillars for r in p.actions if r.action.id == "PAR.1.1")
    assert row.status == "delayed"


def test_an_observed_value_carries_forward_with_the_period_it_was_reported_in() -> None:
    plan, assessments = example()
    card = build_scorecard(plan, assessments.periods, "2026-H2")
    rows = {r.indicator.id: r for p in card.pillars for r in p.indicators}
    assert rows["PRE-I1"].observed == 40 and rows["PRE-I1"].as_of == "2026-H2"
    assert rows["PAR-I3"].observed is None  # never reported


def test_what_moved_between_the_two_periods() -> None:
    plan, assessments = example()
    card = build_scorecard(plan, assessments.periods, "2026-H2", "2026-H1")
    moved = {(c.kind, c.ident): (c.before, c.after, c.direction) for c in card.changes}
    assert moved[("status", "PAR.1.1")] == ("delayed", "completed", "better")
    assert moved[("status", "PAR.2.1")] == ("on_track", "delayed", "worse")
    assert moved[("status", "PRE.2.2")] == (None, "on_track", "new")
    assert moved[("value", "PRE-I1")] == (10, 40, "better")
    assert ("status", "PRE.1.1") not in moved  # on track in both


def test_a_survey_linked_indicator_shows_only_the_released_figure_given_to_it() -> None:
    plan, assessments = example()
    released = {"PRO-I1": SurveyValue(42.0, "2026Q4", {"en": "Community safety survey"}, threshold=10, max_deviation=3)}
    card = build_scorecard(plan, assessments.periods, "2026-H2", survey_values=released)
    rows = {r.indicator.id: r for p in card.pillars for r in p.indicators}
    assert rows["PRO-I1"].observed == 42.0 and rows["PRO-I1"].survey is released["PRO-I1"]
    assert rows["REL-I3"].observed is None and rows["REL-I3"].survey is None
