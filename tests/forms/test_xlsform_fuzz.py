"""Hypothesis: mutated workbooks give a result or a coded NapError, never another exception."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import Any

import openpyxl
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from napsurvey.errors import NapError
from napsurvey.forms.model import Form
from napsurvey.forms.xlsform import XlsformResult, convert_sheets, convert_workbook
from napsurvey.forms.xlsform_read import Sheet, cell_value

BASE: dict[str, list[list[Any]]] = {
    "survey": [
        ["type", "name", "label::English (en)", "label::Français (fr)", "relevant", "constraint", "choice_filter",
         "repeat_count", "required"],
        ["select_one yn", "consent", "Consent?", "Consentement ?", None, None, None, None, "yes"],
        ["begin group", "g", "Group", "Groupe"],
        ["integer", "age", "Age", "Âge", "${consent} = 'yes'", ". >= 15"],
        ["begin repeat", "r", "Visits", "Visites", None, None, None, "${age}"],
        ["select_one d", "district", "District", "District", None, None, "region = ${consent}"],
        ["end repeat"],
        ["end group"],
        ["note", "bye", "Thanks ${age}", "Merci"],
    ],
    "choices": [
        ["list_name", "name", "label::English (en)", "label::Français (fr)", "region"],
        ["yn", "yes", "Yes", "Oui"],
        ["yn", "no", "No", "Non"],
        ["d", "d1", "One", "Un", "yes"],
    ],
    "settings": [["form_id", "form_title", "version", "default_language"], ["demo", "Demo", "1", "English (en)"]],
}

_INTERESTING = [
    None, "", " ", "yes", "no", "TRUE", "0", "1", "on",
    "text", "integer", "decimal", "date", "note", "calculate", "acknowledge",
    "begin group", "end group", "begin repeat", "end repeat", "begin_loop", "begin loop over yn", "end loop",
    "select_one yn", "select_one", "select_multiple d or_other", "select one from yn or specify other",
    "geopoint", "start", "deviceid", "select_one_from_file x.csv", "phone number", "rank", "osm c",
    "label", "label::fr", "label:English", "hint::English (en)", "list name", "name", "type", "jr:count",
    "bind::relevant", "bind::odk:length", "media::image", "image", "parameters", "constraint message",
    "${age}", "${", "${nope}", "${bye}", ". > ", "selected(${consent}, 'yes')", "jr:choice-name(${consent}, '${consent}')",
    "pulldata('a')", "\u2018yes\u2019", "=1+1", "1bad", "x" * 70, "a b", "form_id", "default_language",
]

_cell = st.one_of(
    st.sampled_from(_INTERESTING),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
)
_edit = st.tuples(st.sampled_from(sorted(BASE)), st.integers(0, 9), st.integers(0, 9), _cell)


def _mutated(edits: list[tuple[str, int, int, Any]]) -> dict[str, list[list[Any]]]:
    sheets = copy.deepcopy(BASE)
    for sheet, row, col, value in edits:
        rows = sheets[sheet]
        while len(rows) <= row:
            rows.append([])
        while len(rows[row]) <= col:
            rows[row].append(None)
        rows[row][col] = value
    return sheets


def _check(result: XlsformResult) -> None:
    for problem in result.problems:
        assert "\n" not in problem.line("f.xlsx")
    if result.ok:
        Form.model_validate(result.form)
        assert yaml.safe_load(result.yaml_text()) == result.form


@settings(max_examples=300, deadline=None)
@given(st.lists(_edit, max_size=8))
def test_mutated_sheets_convert_or_refuse(edits: list[tuple[str, int, int, Any]]) -> None:
    sheets: dict[str, Sheet] = {}
    for title, rows in _mutated(edits).items():
        sheet = Sheet(title)
        for number, row in enumerate(rows, start=1):
            values = [cell_value(v) for v in row]
            while values and values[-1] is None:
                values.pop()
            if values:
                sheet.rows.append((number, values))
        sheets[title] = sheet
    try:
        result = convert_sheets(sheets, "fuzz")
    except NapError:
        return
    _check(result)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_edit, max_size=6), st.sampled_from(["survey", "SURVEY", "Survey ", "sheet"]))
def test_mutated_workbooks_convert_or_refuse(edits: list[tuple[str, int, int, Any]], survey_title: str) -> None:
    wb = openpyxl.Workbook()
    first = True
    for title, rows in _mutated(edits).items():
        if first:
            ws = wb.active
            assert ws is not None
            ws.title = survey_title if title == "survey" else title
            first = False
        else:
            ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.xlsx"
        wb.save(path)
        try:
            result = convert_workbook(path)
        except NapError:
            return
    _check(result)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400), st.booleans())
def test_random_bytes_are_refused_with_a_code(data: bytes, as_zip: bool) -> None:
    import io
    import zipfile

    if as_zip:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as zf:
            zf.writestr("xl/workbook.xml", data)
            zf.writestr("[Content_Types].xml", data[:50])
        data = buffer.getvalue()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "f.xlsx"
        path.write_bytes(data)
        try:
            convert_workbook(path)
        except NapError:
            pass
