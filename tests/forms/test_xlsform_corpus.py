"""XLSForm import on workbooks from the XLSForm project itself (BSD, see data/xlsform/LICENSE-pyxform)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode
from napsurvey.forms.model import Form
from napsurvey.forms.xlsform import XlsformResult, convert_workbook

CORPUS = Path(__file__).parent / "data" / "xlsform"
WORKBOOKS = sorted(p.name for p in CORPUS.glob("*.xlsx"))

#: Workbooks that use only what we support (after dropping metadata and media):
#: they import with no fatal problem, load without lint errors and run.
IMPORTABLE = {
    "case_insensitivity.xlsx",
    "extra_columns.xlsx",
    "field-list.xlsx",
    "group.xlsx",
    "loop.xlsx",
    "specify_other.xlsx",
    "text_and_integer.xlsx",
    "yes_or_no_question.xlsx",
}
#: Workbooks refused, with the codes that make them so.
REFUSED = {
    "UCL_Biomass_Plot_Form.xlsx": {ErrorCode.FORM_XLSFORM_UNSUPPORTED_FUNCTION, ErrorCode.FORM_XLSFORM_DROPPED_REFERENCE},
    "xlsform_spec_test.xlsx": {ErrorCode.FORM_XLSFORM_DROPPED_REFERENCE},
    # cascading selects reuse a choice name in one list (allow_choice_duplicates)
    "choice_filter_test.xlsx": {ErrorCode.FORM_DUPLICATE_NAME},
}



def _convert(name: str) -> XlsformResult:
    return convert_workbook(CORPUS / name)


def test_corpus_is_complete() -> None:
    assert set(WORKBOOKS) == IMPORTABLE | set(REFUSED)
    assert (CORPUS / "LICENSE-pyxform").is_file()


@pytest.mark.parametrize("name", WORKBOOKS)
def test_every_workbook_converts_or_is_refused_with_coded_lines(name: str) -> None:
    result = _convert(name)
    for problem in result.problems:
        line = problem.line(name)
        assert line.startswith(f"{name}: ")
        assert f": {problem.code.name}: " in line
        assert "\n" not in line
    if name in IMPORTABLE:
        assert result.ok, result.lines(name)
        Form.model_validate(result.form)
    else:
        assert {p.code for p in result.fatal} == REFUSED[name]


def test_spec_test_lists_each_unsupported_row() -> None:
    result = _convert("xlsform_spec_test.xlsx")
    dropped = {
        p.row: p.code
        for p in result.problems
        if p.code in (ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE, ErrorCode.FORM_XLSFORM_METADATA)
    }
    assert dropped == {
        32: ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE,  # time
        33: ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE,  # datetime
        34: ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE,  # geopoint
        35: ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE,  # barcode
        36: ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE,  # image
        37: ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE,  # audio
        38: ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE,  # video
        42: ErrorCode.FORM_XLSFORM_METADATA,  # start
        44: ErrorCode.FORM_XLSFORM_METADATA,  # end
        46: ErrorCode.FORM_XLSFORM_METADATA,  # today
        48: ErrorCode.FORM_XLSFORM_METADATA,  # deviceid
        50: ErrorCode.FORM_XLSFORM_METADATA,  # uri:deviceid
        52: ErrorCode.FORM_XLSFORM_METADATA,  # phonenumber
    }
    # The notes that print the dropped metadata are what make the import fatal.
    assert sorted(p.row or 0 for p in result.fatal) == [43, 45, 47, 49, 51, 53]
    assert "settings row 2: FORM_XLSFORM_FORM_ID: form_id 'Spec test' became 'spec_test'" in "\n".join(result.lines("x"))
    rows = {r.get("name"): r for r in result.form["survey"]}
    assert rows["select_multiple_test"]["constraint_message"]["chinese"].startswith("對不起")
    assert rows["required_text"]["required_message"] == {"english": "Custom required message."}
    assert rows["repeat_test"]["repeat_count"] == 2


def test_biomass_form_keeps_its_translations_and_repeats() -> None:
    result = _convert("UCL_Biomass_Plot_Form.xlsx")
    settings = result.form["settings"]
    assert settings["default_language"] == "sw"
    assert settings["version"] == "2022-04-11 16:26:28"
    rows = {r.get("name"): r for r in result.form["survey"]}
    assert rows["stems"]["repeat_count"] == "${stem_count}"
    assert rows["tree_distance"]["constraint_message"] == {
        "sw": "Hakikisha Kipimo. Mti iko nje.",
        "en": "Check distance. Tree is outside the plot.",
    }
    assert rows["latin_name_other"]["relevant"] == "${latin_name_id}='other'"  # typographic quotes straightened
    assert result.form["choices"]["decay_class"][0]["name"] == "1"


def test_or_other_and_loop_in_old_syntax() -> None:
    result = _convert("loop.xlsx")
    assert [(p.row, p.code) for p in result.problems] == [
        (2, ErrorCode.FORM_XLSFORM_OR_OTHER),
        (3, ErrorCode.FORM_XLSFORM_LOOP),
    ]
    assert result.form["survey"] == [
        {"type": "select_multiple toilet_type", "name": "available_toilet_types",
         "label": {"english": "What type of toilets are on the premises?"}}
    ]


@pytest.mark.parametrize("name", sorted(IMPORTABLE))
def test_importable_workbooks_load_without_lint_errors(name: str) -> None:
    from napsurvey.forms.loader import load_form_text

    loaded = load_form_text(_convert(name).yaml_text(), name.replace(".xlsx", ".yaml"))
    assert loaded.form.survey


@pytest.mark.parametrize("name", sorted(IMPORTABLE))
def test_importable_workbooks_start_in_the_engine(name: str) -> None:
    from napsurvey.forms.loader import load_form_text
    from napsurvey.interview import Interview, StartContext

    loaded = load_form_text(_convert(name).yaml_text(), name.replace(".xlsx", ".yaml"))
    interview = Interview.start(loaded.form, StartContext(today=datetime.date(2026, 1, 15)))
    screen = interview.current()
    assert screen.kind in ("question", "group")
    first = next(row for row in loaded.form.survey if row.is_question)
    assert first.name in {screen.name, *(p.name for p in screen.prompts)}
