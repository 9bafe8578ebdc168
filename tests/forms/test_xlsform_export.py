"""export-xlsform: our forms as XLSForm workbooks that pyxform converts and that import back unchanged."""

from __future__ import annotations

import warnings
from pathlib import Path

import openpyxl
import pytest
import yaml

from napsurvey.cli.main import main
from napsurvey.errors import ErrorCode
from napsurvey.forms.loader import load_form, load_form_text
from napsurvey.forms.model import Form
from napsurvey.forms.xlsform import convert_workbook
from napsurvey.forms.xlsform_export import workbook_bytes
from napsurvey.paths import shipped_forms_dir

SHIPPED = sorted(shipped_forms_dir().glob("*.yaml"))


def pyxform_converts(path: Path) -> str:
    from pyxform.xls2xform import convert

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return str(convert(xlsform=str(path), validate=False, pretty_print=False).xform)


def test_there_are_shipped_forms() -> None:
    assert len(SHIPPED) >= 4


@pytest.mark.parametrize("form_file", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_form_round_trips_through_pyxform(tmp_path: Path, form_file: Path) -> None:
    original = load_form(form_file).form
    workbook = tmp_path / f"{form_file.stem}.xlsx"
    assert main(["forms", "export-xlsform", str(form_file), "--out", str(workbook)]) == 0
    xform = pyxform_converts(workbook)  # ODK and Kobo take it
    assert original.settings.form_id in xform
    result = convert_workbook(workbook)
    assert result.problems == [], result.lines(workbook.name)
    back = load_form_text(result.yaml_text(), "back.yaml").form
    assert back.model_dump() == original.model_dump()


def test_privacy_indicators_and_safeguards_travel_in_columns_and_sheets_others_ignore(tmp_path: Path) -> None:
    form = load_form(shipped_forms_dir() / "crsv_incident.yaml").form
    path = tmp_path / "f.xlsx"
    path.write_bytes(workbook_bytes(form))
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:3] == ["survey", "choices", "settings"]
    assert "indicators" in book.sheetnames and "napsurvey" in book.sheetnames
    header = [c.value for c in book["survey"][1]]
    assert "privacy" in header and any(str(h).startswith("label::") for h in header)
    keys = [row[0].value for row in book["napsurvey"].iter_rows(min_row=2)]
    assert "consent.question" in keys and "referral" in keys
    assert form.is_high and [c.value for c in book["settings"][1]].count("sensitivity") == 1


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    data = {
        "settings": {"form_id": "eq", "form_title": "Eq", "version": "1"},
        "survey": [{"type": "text", "name": "t", "label": "=SUM(A1:A3) is not a formula", "constraint": ". != '=1'"}],
    }
    form = Form.model_validate(data)
    path = tmp_path / "f.xlsx"
    path.write_bytes(workbook_bytes(form))
    cell = openpyxl.load_workbook(path)["survey"]["C2"]
    assert cell.data_type == "s" and cell.value == "=SUM(A1:A3) is not a formula"
    assert convert_workbook(path).form["survey"][0]["label"] == {"en": "=SUM(A1:A3) is not a formula"}


def test_data_lists_without_labels_and_numbers_round_trip(tmp_path: Path) -> None:
    data = {
        "settings": {"form_id": "prices", "form_title": {"en": "Prices", "fr": "Prix"}, "version": "2026.1", "default_language": "en"},
        "survey": [
            {"type": "select_one item", "name": "item", "label": {"en": "Item", "fr": "Article"}, "default": "rice"},
            {"type": "calculate", "name": "price", "calculation": "pulldata('prices', 'price', 'name', ${item})"},
            {"type": "integer", "name": "paid", "label": {"en": "Paid", "fr": "Payé"}, "constraint": ". <= ${price} * 2",
             "privacy": "quasi", "bands": [0, 10, 100]},
            {"type": "begin_repeat", "name": "visit", "label": {"en": "Visit", "fr": "Visite"}, "repeat_count": 2},
            {"type": "calculate", "name": "n", "calculation": "position(..)"},
            {"type": "end_repeat"},
        ],
        "choices": {
            "item": [{"name": "rice", "label": {"en": "Rice", "fr": "Riz"}}, {"name": "oil", "label": {"en": "Oil", "fr": "Huile"}}],
            "prices": [{"name": "rice", "price": "12"}, {"name": "oil", "price": "30"}],
        },
    }  # fmt: skip
    source = tmp_path / "prices.yaml"
    source.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    original = load_form(source).form
    path = tmp_path / "out" / "survey.xlsx"
    path.parent.mkdir()
    assert main(["forms", "export-xlsform", str(source), "--out", str(path)]) == 0
    assert sorted(p.name for p in path.parent.iterdir()) == ["prices.csv", "survey.xlsx"]  # pulldata's list, beside it
    assert (path.parent / "prices.csv").read_text(encoding="utf-8") == "name,price\nrice,12\noil,30\n"
    pyxform_converts(path)
    result = convert_workbook(path)
    assert result.ok, result.lines("prices.xlsx")
    assert Form.model_validate(result.form).model_dump() == original.model_dump()


def test_export_refuses_to_overwrite_and_names_a_broken_form(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = shipped_forms_dir() / "community_safety.yaml"
    out = tmp_path / "f.xlsx"
    out.write_bytes(b"keep")
    assert main(["forms", "export-xlsform", str(source), "--out", str(out)]) == 1
    assert "CLI_FILE" in capsys.readouterr().err and out.read_bytes() == b"keep"
    assert main(["forms", "export-xlsform", str(source), "--out", str(out), "--force"]) == 0
    broken = tmp_path / "broken.yaml"
    broken.write_text("settings: {form_id: x}\nsurvey: []\n", encoding="utf-8")
    assert main(["forms", "export-xlsform", str(broken), "--out", str(tmp_path / "b.xlsx")]) == 1
    err = capsys.readouterr().err
    assert ErrorCode.FORM_SCHEMA.name in err and "Traceback" not in err
    assert not (tmp_path / "b.xlsx").exists()
