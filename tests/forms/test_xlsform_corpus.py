"""XLSForm import on workbooks from the XLSForm project itself (BSD, see data/xlsform/LICENSE-pyxform).

Two of them are old binary ``.xls`` workbooks, read through xlrd.
"""

from __future__ import annotations

import datetime
import importlib.util
from pathlib import Path

import pytest

from napsurvey.errors import ErrorCode
from napsurvey.forms.model import Form
from napsurvey.forms.xlsform import XlsformResult, convert_workbook

CORPUS = Path(__file__).parent / "data" / "xlsform"
WORKBOOKS = sorted(p.name for p in CORPUS.iterdir() if p.suffix in (".xlsx", ".xls"))

#: Workbooks that use only what we support (after leaving out metadata, identifiers, GPS and media):
#: they import with no fatal problem, load without lint errors and run.
IMPORTABLE = {
    "UCL_Biomass_Plot_Form.xlsx",
    "case_insensitivity.xlsx",
    "choice_filter_test.xlsx",
    "extra_columns.xlsx",
    "field-list.xlsx",
    "group.xlsx",
    "loop.xlsx",
    "repeat_date_test.xls",
    "specify_other.xlsx",
    "text_and_integer.xlsx",
    "widgets.xls",
    "xlsform_spec_test.xlsx",
    "yes_or_no_question.xlsx",
}
#: Workbooks refused, with the codes that make them so.
REFUSED: dict[str, set[ErrorCode]] = {}

_HAVE_LOADER = importlib.util.find_spec("napsurvey.forms.loader") is not None
_HAVE_ENGINE = importlib.util.find_spec("napsurvey.interview.engine") is not None


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
        if p.code in (ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE, ErrorCode.FORM_XLSFORM_METADATA, ErrorCode.FORM_XLSFORM_LOCATION,
                      ErrorCode.FORM_XLSFORM_MEDIA, ErrorCode.FORM_XLSFORM_IDENTIFIER)
    }  # fmt: skip
    assert dropped == {
        32: ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE,  # time
        34: ErrorCode.FORM_XLSFORM_LOCATION,  # geopoint
        35: ErrorCode.FORM_XLSFORM_MEDIA,  # barcode
        36: ErrorCode.FORM_XLSFORM_MEDIA,  # image
        37: ErrorCode.FORM_XLSFORM_MEDIA,  # audio
        38: ErrorCode.FORM_XLSFORM_MEDIA,  # video
        42: ErrorCode.FORM_XLSFORM_METADATA,  # start
        44: ErrorCode.FORM_XLSFORM_METADATA,  # end
        46: ErrorCode.FORM_XLSFORM_METADATA,  # today
        48: ErrorCode.FORM_XLSFORM_IDENTIFIER,  # deviceid
        50: ErrorCode.FORM_XLSFORM_IDENTIFIER,  # uri:deviceid
        52: ErrorCode.FORM_XLSFORM_IDENTIFIER,  # phonenumber
    }
    # The notes that printed what was left out keep their text, without the reference.
    assert sorted(p.row or 0 for p in result.problems if p.code is ErrorCode.FORM_XLSFORM_DROPPED_REFERENCE) == [43, 45, 47, 49, 51, 53]
    assert result.ok
    assert "settings row 2: FORM_XLSFORM_FORM_ID: form_id 'Spec test' became 'spec_test'" in "\n".join(result.lines("x"))
    rows = {r.get("name"): r for r in result.form["survey"]}
    assert rows["select_multiple_test"]["constraint_message"]["chinese"].startswith("對不起")
    # translated only in English: the Chinese interview shows the English text (and a line says so)
    assert rows["required_text"]["required_message"] == {"english": "Custom required message.", "chinese": "Custom required message."}
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
    # typographic quotes straightened; the species list is a CSV file not shipped with the workbook,
    # so its question was left out and what reads it reads it as empty (each said on its row)
    assert rows["latin_name_other"]["relevant"] == "''='other'"
    assert "latin_name_id" not in rows
    assert result.form["choices"]["decay_class"][0]["name"] == "1"


def test_or_other_and_loop_in_old_syntax() -> None:
    result = _convert("loop.xlsx")
    assert [(p.row, p.code) for p in result.problems] == [
        (2, ErrorCode.FORM_XLSFORM_OR_OTHER),
        (3, ErrorCode.FORM_XLSFORM_LOOP),
    ]
    assert result.form["survey"] == [
        {"type": "select_multiple toilet_type", "name": "available_toilet_types",
         "label": {"english": "What type of toilets are on the premises?"}},
        {"type": "text", "name": "available_toilet_types_other", "label": {"english": "Specify other."},
         "relevant": "selected(${available_toilet_types}, 'other')"},
    ]  # fmt: skip


@pytest.mark.skipif(not _HAVE_LOADER, reason="the form loader is not there yet")
@pytest.mark.parametrize("name", sorted(IMPORTABLE))
def test_importable_workbooks_load_without_lint_errors(name: str) -> None:
    from napsurvey.forms.loader import load_form_text

    loaded = load_form_text(_convert(name).yaml_text(), name.replace(".xlsx", ".yaml"))
    assert loaded.form.survey


@pytest.mark.skipif(not (_HAVE_LOADER and _HAVE_ENGINE), reason="the loader or the engine is not there yet")
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
