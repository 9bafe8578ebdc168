"""The defects measured on the XLSForm import, each reproduced as a user meets it.

Each test failed on the import as it was (see the closing note of the issue);
workbooks are written inline, as in pyxform's own tests.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from napsurvey.cli.main import main
from napsurvey.errors import ErrorCode
from napsurvey.forms.xlsform import convert_workbook

DATA = Path(__file__).parent / "data"
Rows = list[list[Any]]


def book(folder: Path, survey: Rows, choices: Rows | None = None, *, name: str = "form.xlsx", empty: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "survey"
    for row in survey:
        ws.append(row)
    if choices is not None:
        sheet = wb.create_sheet("choices")
        for row in choices:
            sheet.append(row)
    for title in empty:
        wb.create_sheet(title)
    path = folder / name
    wb.save(path)
    return path


def lines(path: Path) -> list[str]:
    return convert_workbook(path).lines(path.name)


def test_an_empty_choices_sheet_is_no_list_at_all(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # was: IndexError, printed by the command line as INTERNAL
    path = book(tmp_path, [["type", "name", "label"], ["text", "a", "A"]], empty=("choices",))
    result = convert_workbook(path)
    assert result.ok and result.form["choices"] == {}
    assert main(["forms", "import-xlsform", str(path), "--out", str(tmp_path / "f.yaml")]) == 0
    assert "INTERNAL" not in capsys.readouterr().err


def test_a_second_label_column_is_listed(tmp_path: Path) -> None:
    # was: the second column silently lost
    path = book(tmp_path, [["type", "name", "label", "hint", "label"], ["text", "a", "Age", "", "Âge"], ["text", "b", "B", "", "B"]])
    assert lines(path) == [
        "form.xlsx: survey row 1: FORM_XLSFORM_DUPLICATE_COLUMN: column 'label' appears 2 times; only the first was imported; "
        "1 cell(s) of the others differ and were not imported"
    ]


def test_last_saved_in_a_default_is_not_prefilled(tmp_path: Path) -> None:
    # was: the text "${last-saved#village}" imported as the default and shown to the next respondent
    path = book(
        tmp_path,
        [["type", "name", "label", "default", "relevant"], ["text", "village", "Village", "${last-saved#village}"],
         ["integer", "n", "N", None, "${last-saved#n} > 2"]],
    )  # fmt: skip
    result = convert_workbook(path)
    assert "default" not in result.form["survey"][0]
    assert result.form["survey"][1]["relevant"] == "'' > 2"
    assert [(p.row, p.code) for p in result.problems] == [
        (2, ErrorCode.FORM_XLSFORM_LAST_SAVED),
        (3, ErrorCode.FORM_XLSFORM_LAST_SAVED),
    ]
    assert result.ok


def test_lint_problems_name_the_workbook_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # was: "f.yaml: survey row 2: ..." about a YAML file that was never written
    path = book(
        tmp_path,
        [["type", "name", "label", "relevant"], ["note", "intro", "Hello"], ["integer", "age", "Age", "${ghost} > 1"],
         ["text", "age", "Again"]],
    )  # fmt: skip
    out = tmp_path / "f.yaml"
    assert main(["forms", "import-xlsform", str(path), "--out", str(out)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert f"{path}: survey row 3: FORM_UNKNOWN_REFERENCE: expression refers to unknown question 'ghost'" in err
    assert f"{path}: survey row 4: FORM_DUPLICATE_NAME: name 'age' is used more than once" in err
    assert not any("f.yaml:" in line for line in err if "not written" not in line)
    assert not out.exists()


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u200b"])
def test_a_non_breaking_space_in_an_expression_is_a_space(tmp_path: Path, space: str) -> None:
    # was: FORM_BAD_EXPRESSION (fatal): "unexpected character '\xa0'"
    path = book(
        tmp_path,
        [["type", "name", "label", "relevant"], ["select_one yn", "a", "A"], ["text", "b", "B", f"${{a}}{space}={space}'yes'"]],
        [["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
    )
    result = convert_workbook(path)
    assert result.ok, result.lines("f")


def test_one_problem_is_listed_once_whatever_the_languages(tmp_path: Path) -> None:
    # was: the same line once per label language
    path = book(
        tmp_path,
        [["type", "name", "label::English (en)", "label::Français (fr)", "label::Kiswahili (sw)"],
         ["deviceid", "device", None, None, None],
         ["note", "n", "Device ${device}", "Appareil ${device}", "Kifaa ${device}"]],
    )  # fmt: skip
    dropped = [p for p in convert_workbook(path).problems if p.code is ErrorCode.FORM_XLSFORM_DROPPED_REFERENCE]
    assert len(dropped) == 1 and dropped[0].row == 3


def test_every_problem_of_an_expression_is_listed(tmp_path: Path) -> None:
    # was: only the first (the second unknown function and the refused one were not said)
    path = book(
        tmp_path,
        [["type", "name", "label", "constraint"], ["text", "t", "T", "foo(.) and bar(.) and digest(., 'SHA-256') = ''"]],
    )
    assert [(p.row, p.code.name, p.message) for p in convert_workbook(path).fatal] == [
        (2, "FORM_XLSFORM_UNSUPPORTED_FUNCTION", "constraint uses foo(), which napsurvey does not support"),
        (2, "FORM_XLSFORM_UNSUPPORTED_FUNCTION", "constraint uses bar(), which napsurvey does not support"),
        (2, "FORM_XLSFORM_REFUSED_FUNCTION",
         "constraint uses digest(), which napsurvey refuses: a hash of an answer (a name, a phone number) is an "
         "identifier that follows the respondent"),
    ]  # fmt: skip


def test_no_library_warning_reaches_the_terminal(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    # was: "UserWarning: Workbook contains no default style, apply openpyxl's default" on stderr
    workbook = DATA / "xlsform-wild" / "ona__grains.xlsx"
    with _no_warnings():
        convert_workbook(workbook)
    assert main(["forms", "import-xlsform", str(workbook), "--out", str(tmp_path / "f.yaml")]) == 0
    err = capfd.readouterr().err
    assert "Warning" not in err and "openpyxl" not in err


def test_xls_workbooks_are_read(tmp_path: Path) -> None:
    # was: FORM_NOT_A_FORM "is not an .xlsx workbook"
    for name in ("widgets.xls", "repeat_date_test.xls"):
        result = convert_workbook(DATA / "xlsform" / name)
        assert result.ok, result.lines(name)
    widgets = convert_workbook(DATA / "xlsform" / "widgets.xls")
    types = {r.get("name"): r["type"] for r in widgets.form["survey"]}
    assert types["my_date"] == "date" and types["my_int"] == "integer" and types["dateTime"] == "date"
    # the format is told by the content, not the name
    copy = tmp_path / "widgets.xlsx"
    shutil.copy(DATA / "xlsform" / "widgets.xls", copy)
    assert convert_workbook(copy).form == widgets.form


class _no_warnings:  # noqa: N801 - a context manager used like a function
    def __enter__(self) -> None:
        import warnings

        self._catch = warnings.catch_warnings(record=True)
        self._seen = self._catch.__enter__()
        warnings.simplefilter("always")

    def __exit__(self, *exc: object) -> None:
        self._catch.__exit__(*exc)
        assert [str(w.message) for w in self._seen] == []
