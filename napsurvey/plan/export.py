"""The plan's matrix for partners: every action and indicator with its status and value per period.

:func:`plan_matrix` is the plain data; :func:`matrix_json` and
:func:`matrix_xlsx` write it. Plan records are published as values; a
survey-linked indicator carries only its released (protected) figure, never
a count. Nothing here names a person: the records hold none.
"""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from napsurvey.plan.assessment import CATEGORIES, CONFIDENTIAL, MODALITIES, Evidence, PeriodAssessment
from napsurvey.plan.model import Plan, pick
from napsurvey.plan.scorecard import SurveyValue, build_scorecard

FORMAT = "napsurvey-plan-matrix/1"


def _evidence(items: Sequence[Evidence | None]) -> list[Any]:
    out: list[Any] = []
    for item in items:
        if item is None:
            continue
        out.append(CONFIDENTIAL if isinstance(item, str) else item.model_dump(exclude_none=True))
    return out


def plan_matrix(plan: Plan, periods: Sequence[PeriodAssessment], language: str = "en",
                survey_values: Mapping[str, Mapping[str, SurveyValue]] | None = None) -> dict[str, Any]:
    """The matrix as JSON-ready data (periods in time order)."""
    survey_values = survey_values or {}
    ordered = sorted(periods, key=lambda p: (p.period.end, p.period.start))
    fallback = plan.plan.default_language

    def tx(value: dict[str, str]) -> str:
        return pick(value, language, fallback)

    actions = []
    for pillar, objective, action in plan.actions():
        responsible = action.responsible
        actions.append({
            "pillar": pillar.id, "objective": objective.id, "id": action.id, "title": tx(action.title),
            "institution": tx(responsible.institution) if responsible else "",
            "unit": tx(responsible.unit) if responsible else "",
            "partners": action.partners, "start": action.start, "end": action.end, "budget_line": action.budget_line,
            "costed": action.cost.by_year if action.cost else {},
            "status": {p.period.id: (a.status if (a := p.action(action.id)) else None) for p in ordered},
            "assessments": {
                p.period.id: {
                    "government": {"status": a.government.status, "text": a.government.text,
                                   "evidence": _evidence(a.government.evidence)} if a.government else None,
                    "civil_society": {"status": a.civil_society.status, "text": a.civil_society.text,
                                      "evidence": _evidence(a.civil_society.evidence)} if a.civil_society else None,
                } for p in ordered if (a := p.action(action.id)) is not None
            },
        })
    indicators = []
    for indicator in plan.indicators:
        values: dict[str, Any] = {}
        for p in ordered:
            if indicator.survey is not None:
                released = survey_values.get(p.period.id, {}).get(indicator.id)
                if released is not None:
                    values[p.period.id] = {"value": released.value, "released_period": released.period,
                                           "protection": {"method": "cell-key", "max_deviation": released.max_deviation,
                                                          "threshold": released.threshold}}
                continue
            obs = p.observation(indicator.id)
            if obs is not None and obs.value is not None:
                values[p.period.id] = {"value": obs.value, "source": _evidence([obs.source])}
        indicators.append({
            "pillar": indicator.pillar, "id": indicator.id, "title": tx(indicator.title), "unit": indicator.unit,
            "direction": indicator.direction,
            "baseline": indicator.baseline.model_dump() if indicator.baseline else None,
            "target": indicator.target.model_dump() if indicator.target else None,
            "frameworks": [f"{f.scheme} {f.code}" for f in indicator.frameworks],
            "survey": indicator.survey.model_dump() if indicator.survey else None,
            "values": values,
        })
    financing: list[dict[str, Any]] = []
    if ordered:
        card = build_scorecard(plan, ordered, ordered[-1].period.id)
        for year in card.funnel:
            financing.append({
                "fiscal_year": year.fiscal_year, "costed": year.costed, "allocated": year.allocated,
                "disbursed": year.disbursed, "to_womens_organisations": year.to_womens_organisations,
                "womens_organisations": [{"category": c, "modality": m, "amount": year.womens.get((c, m), 0.0)}
                                         for c in CATEGORIES for m in MODALITIES],
            })
    return {
        "format": FORMAT,
        "plan": {"id": plan.id, "title": tx(plan.plan.title), "country": plan.plan.country,
                 "years": [plan.plan.start_year, plan.plan.end_year], "currency": plan.plan.currency},
        "periods": [{"id": p.period.id, "label": tx(p.period.label), "start": p.period.start, "end": p.period.end,
                     "assessed_on": p.assessed_on} for p in ordered],
        "actions": actions,
        "indicators": indicators,
        "financing": financing,
    }


def matrix_json(matrix: dict[str, Any]) -> bytes:
    """The matrix as UTF-8 JSON."""
    return (json.dumps(matrix, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def matrix_xlsx(matrix: dict[str, Any]) -> bytes:
    """The matrix as an XLSX workbook: Actions, Indicators and Financing sheets."""
    from openpyxl import Workbook  # noqa: PLC0415
    from openpyxl.styles import Font, PatternFill  # noqa: PLC0415

    head_fill, bold = PatternFill("solid", fgColor="EEF2F6"), Font(bold=True)
    periods = [p["id"] for p in matrix["periods"]]
    wb = Workbook()
    wb.properties.creator = wb.properties.lastModifiedBy = ""
    wb.properties.created = wb.properties.modified = datetime(2026, 1, 1)

    def sheet(title: str, header: list[str], rows: list[list[Any]], first: bool = False) -> None:
        ws = wb.active if first else wb.create_sheet(title)
        ws.title = title
        ws.append(header)
        for cell in ws[1]:
            cell.fill, cell.font = head_fill, bold
        for row in rows:
            ws.append(row)
        ws.freeze_panes = "A2"
        for i, name in enumerate(header, 1):
            ws.column_dimensions[ws.cell(row=1, column=i).column_letter].width = min(60, max(10, len(name) + 4))

    sheet("Actions", ["pillar", "objective", "action", "title", "institution", "unit", "start", "end", "budget_line",
                      "costed", *(f"status {p}" for p in periods)],
          [[a["pillar"], a["objective"], a["id"], a["title"], a["institution"], a["unit"], a["start"], a["end"],
            a["budget_line"], sum(a["costed"].values()), *(a["status"].get(p) for p in periods)]
           for a in matrix["actions"]], first=True)
    sheet("Indicators", ["pillar", "indicator", "title", "unit", "baseline", "baseline_year", "target", "target_year",
                         "frameworks", *(f"value {p}" for p in periods)],
          [[i["pillar"], i["id"], i["title"], i["unit"], (i["baseline"] or {}).get("value"),
            (i["baseline"] or {}).get("year"), (i["target"] or {}).get("value"), (i["target"] or {}).get("year"),
            "; ".join(i["frameworks"]), *((i["values"].get(p) or {}).get("value") for p in periods)]
           for i in matrix["indicators"]])
    sheet("Financing", ["fiscal_year", "costed", "allocated", "disbursed", "to_womens_organisations",
                        *(f"{c} {m}" for c in CATEGORIES for m in MODALITIES)],
          [[y["fiscal_year"], y["costed"], y["allocated"], y["disbursed"], y["to_womens_organisations"],
            *(w["amount"] for w in y["womens_organisations"])] for y in matrix["financing"]])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()
