"""The ``napsurvey forms`` commands: exit codes and one line per problem."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from napsurvey.cli.main import main
from napsurvey.forms.jsonschema import form_json_schema

XLSFORMS = Path(__file__).resolve().parents[1] / "forms" / "data" / "xlsform"

GOOD = {
    "settings": {"form_id": "good", "form_title": "Good", "version": "1"},
    "survey": [{"type": "select_one yes_no", "name": "safe", "label": "Safe"}],
    "choices": {"yes_no": [{"name": "yes", "label": "Yes"}, {"name": "no", "label": "No"}]},
}


def _write(path: Path, data) -> Path:
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _bad() -> dict:
    data = yaml.safe_load(yaml.safe_dump(GOOD))
    data["survey"] += [
        {"type": "integer", "name": "safe", "label": "Again"},
        {"type": "integer", "name": "n", "label": "N", "relevant": "${ghost} > 1"},
    ]
    return data


def test_validate_good_files_and_folders(tmp_path, capsys):
    _write(tmp_path / "a.yaml", GOOD)
    (tmp_path / "sub").mkdir()
    _write(tmp_path / "sub" / "b.yml", GOOD)
    assert main(["forms", "validate", str(tmp_path)]) == 0
    assert capsys.readouterr().out.strip() == "2 forms OK"


def test_validate_prints_one_line_per_problem(tmp_path, capsys):
    good = _write(tmp_path / "good.yaml", GOOD)
    bad = _write(tmp_path / "bad.yaml", _bad())
    assert main(["forms", "validate", str(good), str(bad)]) == 1
    out = capsys.readouterr()
    assert out.out.splitlines() == [
        f"{bad}: survey row 2: FORM_DUPLICATE_NAME: name 'safe' is used more than once",
        f"{bad}: n: FORM_UNKNOWN_REFERENCE: expression refers to unknown question 'ghost'",
    ]
    assert "1 of 2 forms have problems" in out.err


def test_validate_malformed_and_missing_files(tmp_path, capsys):
    junk = tmp_path / "junk.yaml"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert main(["forms", "validate", str(junk), str(tmp_path / "missing.yaml")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(": ")[2] for line in lines] == ["FORM_NOT_A_FORM", "FORM_NOT_FOUND"]


def test_validate_empty_folder_is_an_error(tmp_path, capsys):
    assert main(["forms", "validate", str(tmp_path)]) == 1
    assert "FORM_NOT_FOUND" in capsys.readouterr().out


def test_validate_strict_requires_indicators(tmp_path, capsys):
    path = _write(tmp_path / "good.yaml", GOOD)
    assert main(["forms", "validate", "--strict", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}: indicators: FORM_NO_INDICATORS: the form declares no indicators, so nothing it collects can be reported"
    ]


def test_list_shows_shipped_forms(capsys):
    assert main(["forms", "list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "VERSION", "SENSITIVITY", "LANGUAGES", "TITLE"]
    assert any(line.startswith("community_safety ") for line in lines[1:])


def test_list_json(capsys):
    assert main(["forms", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"form_id", "version", "title", "languages", "sensitivity"} == set(data[0])


def test_schema_prints_the_json_schema(capsys):
    assert main(["forms", "schema"]) == 0
    assert json.loads(capsys.readouterr().out) == form_json_schema()


def test_forms_without_subcommand_is_a_usage_error(capsys):
    assert main(["forms"]) == 1
    assert capsys.readouterr().err.startswith("error CLI_USAGE:")


def test_import_xlsform_writes_a_valid_form(tmp_path, capsys):
    out = tmp_path / "yes_no.yaml"
    assert main(["forms", "import-xlsform", str(XLSFORMS / "yes_or_no_question.xlsx"), "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("wrote ")
    assert main(["forms", "validate", str(out)]) == 0


def test_import_xlsform_lists_unsupported_rows_as_warnings(tmp_path, capsys):
    out = tmp_path / "loop.yaml"
    assert main(["forms", "import-xlsform", str(XLSFORMS / "loop.xlsx"), "--out", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert err and all(line.startswith(f"{XLSFORMS / 'loop.xlsx'}: survey row ") for line in err)
    assert out.exists()


def test_import_xlsform_with_fatal_problems_writes_nothing(tmp_path, capsys):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "survey"
    for row in (["type", "name", "label"], ["select_one c", "q", "Q"]):
        ws.append(row)
    choices = wb.create_sheet("choices")
    for row in (["list_name", "name", "label"], ["c", "a", "A"], ["c", "a", "Another A"]):
        choices.append(row)
    workbook = tmp_path / "dup.xlsx"
    wb.save(workbook)
    out = tmp_path / "cf.yaml"
    assert main(["forms", "import-xlsform", str(workbook), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"{workbook}: choices row 3: FORM_DUPLICATE_NAME" in err and "not written" in err
    assert not out.exists()


def test_import_xlsform_refuses_to_overwrite(tmp_path, capsys):
    out = tmp_path / "x.yaml"
    out.write_text("keep me")
    assert main(["forms", "import-xlsform", str(XLSFORMS / "yes_or_no_question.xlsx"), "--out", str(out)]) == 1
    assert capsys.readouterr().err.startswith("error CLI_FILE:")
    assert out.read_text() == "keep me"
    assert main(["forms", "import-xlsform", str(XLSFORMS / "yes_or_no_question.xlsx"), "--out", str(out), "--force"]) == 0


def test_import_xlsform_not_a_workbook(tmp_path, capsys):
    fake = tmp_path / "fake.xlsx"
    shutil.copy(Path(__file__), fake)
    assert main(["forms", "import-xlsform", str(fake), "--out", str(tmp_path / "o.yaml")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error FORM_")
    assert not (tmp_path / "o.yaml").exists()


def test_validate_expect_shows_each_indicators_share_below_the_threshold(capsys):
    shipped = Path(__file__).resolve().parents[2] / "forms"
    assert main(["forms", "validate", "--expect", "30", str(shipped / "nap_key_informant.yaml")]) == 0
    out = capsys.readouterr().out
    assert "nap_key_informant: at 30 interviews per year, threshold 10" in out
    line = next(li for li in out.splitlines() if li.strip().startswith("women_parliament"))
    assert "below the threshold" in line and "total published" in line
    assert main(["forms", "validate", "--expect", "80", str(shipped / "crsv_incident.yaml")]) == 0
    assert "threshold 20" in capsys.readouterr().out  # a sensitivity: high form's own threshold
    assert main(["forms", "validate", "--expect", "400", "--threshold", "15", str(shipped / "community_safety.yaml")]) == 0
    assert "at 400 interviews per quarter, threshold 15" in capsys.readouterr().out


def test_validate_expect_refusals(capsys):
    shipped = Path(__file__).resolve().parents[2] / "forms" / "nap_key_informant.yaml"
    assert main(["forms", "validate", "--expect", "-1", str(shipped)]) == 1
    assert "error CLI_USAGE" in capsys.readouterr().err
    assert main(["forms", "validate", "--threshold", "12", str(shipped)]) == 1
    assert "error CLI_USAGE" in capsys.readouterr().err
    assert main(["forms", "validate", "--expect", "30", "--threshold", "3", str(shipped)]) == 1
    assert "error PRIVACY_THRESHOLD" in capsys.readouterr().err
