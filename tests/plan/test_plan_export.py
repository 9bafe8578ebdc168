"""`plan export` gives partners the matrix with each action's status per period, as JSON and XLSX."""

from __future__ import annotations

import io
import json

import openpyxl
from plankit import EXAMPLE_ASSESSMENTS, example

from napsurvey.forms.yaml_reader import read_yaml
from napsurvey.plan.export import matrix_json, matrix_xlsx, plan_matrix
from napsurvey.plan.scorecard import SurveyValue


def test_the_json_matrix_holds_each_status_of_each_period() -> None:
    plan, assessments = example()
    matrix = json.loads(matrix_json(plan_matrix(plan, assessments.periods)))
    assert matrix["format"] == "napsurvey-plan-matrix/1"
    assert [p["id"] for p in matrix["periods"]] == ["2026-H1", "2026-H2"]
    raw = read_yaml(EXAMPLE_ASSESSMENTS.read_text(encoding="utf-8"))
    actions = {a["id"]: a for a in matrix["actions"]}
    assert len(actions) == 20
    for period in raw["periods"]:
        for item in period["actions"]:
            assert actions[item["action"]]["status"][period["period"]["id"]] == item["status"]
    assert actions["PAR.2.2"]["status"] == {"2026-H1": None, "2026-H2": None}
    assert actions["PRE.1.1"]["institution"] == "Ministry of Defence"


def test_a_survey_linked_indicator_exports_its_released_value_with_its_protection_only() -> None:
    plan, assessments = example()
    released = {"2026-H2": {"PRO-I1": SurveyValue(42.0, "2026Q4", {"en": "Community safety survey"}, 10, 3)}}
    indicators = {i["id"]: i for i in plan_matrix(plan, assessments.periods, survey_values=released)["indicators"]}
    value = indicators["PRO-I1"]["values"]["2026-H2"]
    assert value == {"value": 42.0, "released_period": "2026Q4",
                     "protection": {"method": "cell-key", "max_deviation": 3, "threshold": 10}}
    assert "2026-H1" not in indicators["PRO-I1"]["values"]


def test_the_xlsx_matrix_has_the_actions_indicators_and_money() -> None:
    plan, assessments = example()
    wb = openpyxl.load_workbook(io.BytesIO(matrix_xlsx(plan_matrix(plan, assessments.periods, language="fr"))))
    assert wb.sheetnames == ["Actions", "Indicators", "Financing"]
    header = [c.value for c in wb["Actions"][1]]
    assert header[-2:] == ["status 2026-H1", "status 2026-H2"]
    rows = {r[2]: r for r in wb["Actions"].iter_rows(min_row=2, values_only=True)}
    assert rows["PAR.1.1"][-2:] == ("delayed", "completed")
    assert rows["PAR.1.1"][3].startswith("Adopter une règle")
    money = list(wb["Financing"].iter_rows(min_row=2, values_only=True))
    assert money[0][0] == "2026" and money[0][1] == 782000
