"""Benchmark: the scorecard of a 200-action plan with 10 assessed periods (target < 3 s).

Builds a plan of 4 pillars x 5 objectives x 10 actions and 60 indicators,
10 half-year periods of assessments (status, both sides' assessments with
evidence, observed values, money), then times the whole scorecard PDF -
scorecard, funnel, comparison with the previous period and shadow report -
from the models to the PDF bytes. Ends with
``bench: plan_report_s <seconds> (target < 3) PASS|FAIL``.
"""

from __future__ import annotations

import random
import time
from typing import Any

from napsurvey.plan.assessment import STATUSES, Assessments
from napsurvey.plan.model import Plan
from napsurvey.plan.scorecard import build_scorecard
from napsurvey.reports.plan.document import PlanReportOptions, build_plan_report

PILLARS = ("prevention", "participation", "protection", "relief_recovery")


def _plan(rng: random.Random) -> Plan:
    pillars: list[dict[str, Any]] = []
    indicators: list[dict[str, Any]] = []
    for p, pillar in enumerate(PILLARS):
        objectives = []
        for o in range(5):
            actions = []
            for a in range(10):
                actions.append({
                    "id": f"A{p}.{o}.{a}", "title": f"Action {a} of objective {o}: deliver the commitment on time",
                    "responsible": {"institution": f"Ministry {p}{o}", "unit": f"Unit {a}"},
                    "start": "2026-01", "end": "2030-12", "budget_line": f"BL-{p}{o}{a}",
                    "cost": {"by_year": {str(y): rng.choice([10000, 20000, 50000]) for y in range(2026, 2031)}},
                })
            objectives.append({"id": f"O{p}.{o}", "title": f"Objective {o}", "actions": actions})
        pillars.append({"id": pillar, "title": pillar.replace("_", " ").capitalize(), "objectives": objectives})
        for i in range(15):
            indicators.append({"id": f"I{p}.{i}", "pillar": pillar, "title": f"Indicator {i} of {pillar}",
                               "unit": "percent", "baseline": {"value": 10, "year": 2025},
                               "target": {"value": 60, "year": 2030}, "frameworks": [{"scheme": "SDG", "code": "5.5"}]})
    return Plan.model_validate({
        "plan": {"id": "bench", "title": "Benchmark plan", "country": "Example Republic", "start_year": 2026,
                 "end_year": 2030, "currency": "EXD"},
        "pillars": pillars, "indicators": indicators})


def _assessments(plan: Plan, rng: random.Random) -> Assessments:
    doc = {"title": "Quarterly report", "issuer": "Ministry of Finance", "date": "2026-06", "page": "4"}
    periods = []
    for n in range(10):
        year, half = 2026 + n // 2, n % 2
        start, end = (f"{year}-01", f"{year}-06") if half == 0 else (f"{year}-07", f"{year}-12")
        periods.append({
            "period": {"id": f"{year}-H{half + 1}", "start": start, "end": end},
            "assessed_on": f"{year}-{'07' if half == 0 else '12'}-20",
            "actions": [{"action": a.id, "status": rng.choice(STATUSES),
                         "government": {"status": "on_track", "text": "Work is progressing as planned.", "evidence": [doc]},
                         "civil_society": {"text": "Monitors found the work behind schedule.", "evidence": ["confidential"]}}
                        for _, _, a in plan.actions()],
            "indicators": [{"indicator": i.id, "value": rng.randint(10, 60), "source": doc} for i in plan.indicators],
            "finance": [{"action": a.id, "fiscal_year": str(year), "allocated": 10000, "disbursed": rng.randint(0, 10000),
                         "womens_organisations": [{"category": "local", "modality": "core", "amount": 500}]}
                        for _, _, a in plan.actions()],
            "shadow_report": {"addressed_to": "cedaw", "summary": "The plan moves slowly.",
                              "findings": [{"pillar": p, "findings": "Little progress.", "recommendations": ["Fund it."]}
                                           for p in PILLARS]},
        })
    return Assessments.model_validate({"plan": plan.id, "periods": periods})


def main() -> None:
    rng = random.Random(7)
    plan = _plan(rng)
    assessments = _assessments(plan, rng)
    last, previous = assessments.periods[-1].period.id, assessments.periods[-2].period.id
    options = PlanReportOptions(language="en", generated="2031-01-15")
    build_plan_report(build_scorecard(plan, assessments.periods, last, previous), options)  # warm-up: fonts load once
    start = time.perf_counter()
    card = build_scorecard(plan, assessments.periods, last, previous)
    data = build_plan_report(card, options)
    seconds = time.perf_counter() - start
    print(f"plan: {len(plan.actions())} actions, {len(plan.indicators)} indicators, {len(assessments.periods)} periods")
    print(f"report size: {len(data)} bytes")
    print(f"bench: plan_report_s {seconds:.2f} (target < 3) {'PASS' if seconds < 3 else 'FAIL'}")


if __name__ == "__main__":
    main()
