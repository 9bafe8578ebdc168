"""The XLSX template a ministry officer fills in reads back to the same plan; bad workbooks are refused."""

from __future__ import annotations

import io
import zipfile

import openpyxl
import pytest
from plankit import PLANS, codes, example, shipped_forms

from napsurvey.plan.reader import read_plan, read_plan_data
from napsurvey.plan.xlsx_template import plan_workbook


def test_the_example_plan_survives_the_workbook_round_trip() -> None:
    plan, _ = example()
    back, problems = read_plan_data(plan_workbook(plan), "example.xlsx", shipped_forms())
    assert problems == []
    assert back == plan


def test_the_shipped_example_workbook_is_the_yaml_example() -> None:
    plan, _ = example()
    back, problems = read_plan(PLANS / "example_republic.xlsx", shipped_forms())
    assert problems == [] and back == plan


def test_the_shipped_blank_template_has_every_sheet_and_only_asks_for_the_plan_block() -> None:
    wb = openpyxl.load_workbook(PLANS / "plan_template.xlsx")
    assert wb.sheetnames == ["Read me", "Plan", "Pillars", "Objectives", "Actions", "Indicators", "Framework codes", "Lists"]
    headers = [c.value for c in wb["Actions"][1]]
    assert headers[:4] == ["action_id", "objective_id", "title_en", "title_fr"]
    assert "institution_en" in headers and "cost 2026" in headers
    assert ("SDG", "5.5.1") in {(r[0].value, r[1].value) for r in wb["Framework codes"].iter_rows(min_row=2)}
    _, problems = read_plan(PLANS / "plan_template.xlsx")
    assert set(codes(problems)) == {"PLAN_SCHEMA"}
    assert all(p.location == "plan" for p in problems)
    assert wb.properties.creator in ("", None)  # no author in a shipped file


def _filled(change) -> bytes:  # type: ignore[no-untyped-def]
    plan, _ = example()
    wb = openpyxl.load_workbook(io.BytesIO(plan_workbook(plan)))
    change(wb)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_a_month_a_spreadsheet_turned_into_a_date_is_read_as_the_month() -> None:
    from datetime import datetime

    def to_date(wb: openpyxl.Workbook) -> None:
        ws = wb["Actions"]
        column = [c.value for c in ws[1]].index("start") + 1
        ws.cell(row=2, column=column).value = datetime(2026, 1, 1)

    plan, problems = read_plan_data(_filled(to_date), "edited.xlsx", shipped_forms())
    assert problems == [] and plan is not None
    assert plan.actions()[0][2].start == "2026-01"


def test_an_extra_column_such_as_a_contact_is_refused_with_its_sheet() -> None:
    def add_contact(wb: openpyxl.Workbook) -> None:
        ws = wb["Actions"]
        ws.cell(row=1, column=ws.max_column + 1).value = "contact_person"

    _, problems = read_plan_data(_filled(add_contact), "edited.xlsx", shipped_forms())
    assert codes(problems) == ["PLAN_SPREADSHEET"]
    assert problems[0].location == "sheet Actions" and "contact_person" in problems[0].message


def test_a_row_of_an_unknown_objective_names_its_row() -> None:
    def orphan(wb: openpyxl.Workbook) -> None:
        ws = wb["Actions"]
        ws.cell(row=3, column=2).value = "NO.SUCH"

    _, problems = read_plan_data(_filled(orphan), "edited.xlsx", shipped_forms())
    assert "PLAN_SPREADSHEET" in codes(problems)
    assert any("row 3: objective_id 'NO.SUCH'" in p.message for p in problems)


def test_a_zip_bomb_is_refused_before_the_workbook_is_parsed() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (80 * 1024 * 1024))
    _, problems = read_plan_data(buffer.getvalue(), "bomb.xlsx")
    assert codes(problems) == ["PLAN_TOO_LARGE"]


@pytest.mark.parametrize("content", [
    b"PK\x03\x04" + b"\0" * 100,
    b"PK\x03\x04broken zip",
])
def test_a_damaged_workbook_is_one_coded_line(content: bytes) -> None:
    _, problems = read_plan_data(content, "broken.xlsx")
    assert codes(problems) == ["PLAN_NOT_A_PLAN"]


def test_a_zip_that_is_not_a_workbook_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    _, problems = read_plan_data(buffer.getvalue(), "other.zip")
    assert codes(problems) == ["PLAN_NOT_A_PLAN"]
