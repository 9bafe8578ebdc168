"""XLSForm import: small workbooks written inline, exact output asserted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml

from napsurvey import interview as interview_package
from napsurvey.errors import ErrorCode, NapError
from napsurvey.forms import loader as loader_module
from napsurvey.forms import yaml_reader
from napsurvey.forms.model import Form
from napsurvey.forms.xlsform import XlsformResult, convert_workbook, form_id_from

Rows = list[list[Any]]


def book(
    folder: Path,
    survey: Rows,
    choices: Rows | None = None,
    settings: Rows | None = None,
    *,
    name: str = "form.xlsx",
    extra: dict[str, Rows] | None = None,
) -> Path:
    """Write a workbook: each sheet is a header row followed by data rows."""
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "survey"
    for row in survey:
        ws.append(row)
    for title, rows in (("choices", choices), ("settings", settings), *((extra or {}).items())):
        if rows is None:
            continue
        sheet = wb.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = folder / name
    wb.save(path)
    return path


def codes(result: XlsformResult) -> list[tuple[int | None, ErrorCode, bool]]:
    return [(p.row, p.code, p.fatal) for p in result.problems]


def test_translations_map_to_language_codes(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label::English (en)", "label::Français (fr)", "hint::English (en)", "hint::Français (fr)",
             "constraint", "constraint message::English (en)", "jr:constraintMsg::Français (fr)"],
            ["integer", "age", "Age", "Âge", "In years", "En années", ". >= 15", "Too young", "Trop jeune"],
        ],
        settings=[["form_title", "form_id", "version"], ["Safety", "safety", "2026.1"]],
    )
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form == {
        "settings": {
            "form_id": "safety",
            "form_title": {"en": "Safety", "fr": "Safety"},
            "version": "2026.1",
            "default_language": "en",
        },
        "survey": [
            {
                "type": "integer",
                "name": "age",
                "label": {"en": "Age", "fr": "Âge"},
                "hint": {"en": "In years", "fr": "En années"},
                "constraint": ". >= 15",
                "constraint_message": {"en": "Too young", "fr": "Trop jeune"},
            }
        ],
        "choices": {},
    }
    Form.model_validate(result.form)


def test_default_language_from_settings_takes_plain_label(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "label::English (en)"], ["text", "q", "Nom", "Name"]],
        settings=[["default_language"], ["Français (fr)"]],
    )
    result = convert_workbook(path)
    assert result.form["settings"]["default_language"] == "fr"
    assert result.form["survey"][0]["label"] == {"fr": "Nom", "en": "Name"}
    assert result.form["settings"]["form_title"] == {"fr": "form", "en": "form"}


def test_default_language_named_without_code_matches_column(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label::Swahili (sw)", "label::English (en)"], ["note", "n", "Habari", "Hello"]],
        settings=[["default_language"], ["English"]],
    )
    assert convert_workbook(path).form["settings"]["default_language"] == "en"


@pytest.mark.parametrize("header", [["label", "label::English (en)"], ["label::English (en)", "label"]])
def test_explicit_language_column_wins_over_plain(tmp_path: Path, header: list[str]) -> None:
    values = ["plain", "explicit"] if header[0] == "label" else ["explicit", "plain"]
    path = book(tmp_path, [["type", "name", *header], ["text", "q", *values]])
    assert convert_workbook(path).form["survey"][0]["label"] == {"en": "explicit"}


def test_our_privacy_columns_are_imported(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label", "privacy", "bands", "source"],
            ["integer", "age", "Age", "quasi", "15, 18,25 35", "S/2010/498 indicator 1"],
            ["text", "who", "Name", "identifier"],
        ],
    )
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form["survey"] == [
        {"type": "integer", "name": "age", "label": {"en": "Age"}, "privacy": "quasi", "bands": [15, 18, 25, 35],
         "source": "S/2010/498 indicator 1"},
        {"type": "text", "name": "who", "label": {"en": "Name"}, "privacy": "identifier"},
    ]
    Form.model_validate(result.form)


def test_bad_bands_are_a_schema_problem(tmp_path: Path) -> None:
    path = book(tmp_path, [["type", "name", "label", "privacy", "bands"], ["integer", "age", "Age", "quasi", "15, eighteen"]])
    result = convert_workbook(path)
    assert [(p.row, p.code, p.fatal) for p in result.problems] == [(2, ErrorCode.FORM_SCHEMA, True)]
    assert result.problems[0].message.startswith("bands: ")


def test_groups_and_repeats(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label", "appearance", "repeat_count", "relevant"],
            ["integer", "n", "How many?"],
            ["begin group", "household", "Household", "field-list"],
            ["begin repeat", "member", "Member", None, "${n}"],
            ["text", "first", "First name"],
            ["end repeat", "member"],
            ["end_group"],
            ["begin_repeat", "visit", "Visit", None, 2, "${n} > 0"],
            ["date", "when", "When?"],
            ["end_repeat"],
        ],
    )
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form["survey"] == [
        {"type": "integer", "name": "n", "label": {"en": "How many?"}},
        {"type": "begin_group", "name": "household", "label": {"en": "Household"}, "appearance": "field-list"},
        {"type": "begin_repeat", "name": "member", "label": {"en": "Member"}, "repeat_count": "${n}"},
        {"type": "text", "name": "first", "label": {"en": "First name"}},
        {"type": "end_repeat"},
        {"type": "end_group"},
        {"type": "begin_repeat", "name": "visit", "label": {"en": "Visit"}, "relevant": "${n} > 0", "repeat_count": 2},
        {"type": "date", "name": "when", "label": {"en": "When?"}},
        {"type": "end_repeat"},
    ]
    Form.model_validate(result.form)


def test_choice_filter_keeps_filter_columns(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label", "choice_filter"],
            ["select_one region", "region", "Region"],
            ["select_one district", "district", "District", "region = ${region}"],
        ],
        choices=[
            ["list name", "name", "label", "region"],
            ["region", "north", "North"],
            ["region", "south", "South"],
            ["district", "d1", "One", "north"],
            ["district", "d2", "Two", "south"],
        ],
    )
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form["survey"][1] == {
        "type": "select_one district",
        "name": "district",
        "label": {"en": "District"},
        "choice_filter": "region = ${region}",
    }
    assert result.form["choices"] == {
        "region": [{"name": "north", "label": {"en": "North"}}, {"name": "south", "label": {"en": "South"}}],
        "district": [
            {"name": "d1", "label": {"en": "One"}, "region": "north"},
            {"name": "d2", "label": {"en": "Two"}, "region": "south"},
        ],
    }
    form = Form.model_validate(result.form)
    assert form.choices["district"][0].extra("region") == "north"


def test_choice_filter_on_a_column_the_list_lacks_is_fatal_on_its_row(tmp_path: Path) -> None:
    # Column names are case-sensitive (as in an XForm): 'Region' is not 'region'; the filter would match nothing.
    path = book(
        tmp_path,
        [["type", "name", "label", "choice_filter"], ["select_one region", "region", "Region"],
         ["select_one district", "district", "District", "region = ${region}"]],
        choices=[["list name", "name", "label", "Region"], ["region", "north", "North"], ["district", "d1", "One", "north"]],
    )  # fmt: skip
    assert [p.line("f.xlsx") for p in convert_workbook(path).problems] == [
        "f.xlsx: survey row 3: FORM_BAD_EXPRESSION: choice_filter: choice list 'district' has no column 'region'"
    ]


def test_unknown_and_unsupported_columns_are_listed_once(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label", "media::image", "bind::odk:length", "favourite_colour", "image"],
            ["text", "a", "A", "a.png", "1-10", "blue", "x.png"],
            ["text", "b", "B", "b.png", None, "red"],
        ],
    )
    result = convert_workbook(path)
    assert [p.line("form.xlsx") for p in result.problems] == [
        "form.xlsx: survey row 1: FORM_XLSFORM_UNSUPPORTED_COLUMN: column 'media::image' is not supported; its values were not imported",
        "form.xlsx: survey row 1: FORM_XLSFORM_UNSUPPORTED_COLUMN: column 'bind::odk:length' is not supported;"
        " its values were not imported",
        "form.xlsx: survey row 1: FORM_XLSFORM_UNKNOWN_COLUMN: unknown column 'favourite_colour'; its values were not imported",
        "form.xlsx: survey row 1: FORM_XLSFORM_UNSUPPORTED_COLUMN: column 'image' is not supported; its values were not imported",
    ]
    assert result.ok
    assert result.form["survey"] == [
        {"type": "text", "name": "a", "label": {"en": "A"}},
        {"type": "text", "name": "b", "label": {"en": "B"}},
    ]


def test_column_aliases_and_case(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["TYPE", "Name", "LABEL", "Required", "jr:requiredMsg", "bind::relevant", "control::appearance", "ReadOnly", "Default"],
            ["integer", "x", "X", "yes", "Needed", "1 = 1", "numbers", "false", 3],
            ["integer", "y", "Y", "TRUE", None, None, None, "true()", None],
        ],
    )
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form["survey"] == [
        {"type": "integer", "name": "x", "label": {"en": "X"}, "required": True, "required_message": {"en": "Needed"},
         "relevant": "1 = 1", "appearance": "numbers", "default": 3},
        {"type": "integer", "name": "y", "label": {"en": "Y"}, "required": True, "read_only": True},
    ]


def test_old_type_spellings(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label:english"],
            ["select one from yn", "a", "A"],
            ["select all that apply from yn", "b", "B"],
            ["select_multiple yn", "c", "C"],
            ["string", "d", "D"],
            ["trigger", "e", "E"],
        ],
        choices=[["list name", "name", "label:english"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
    )
    result = convert_workbook(path)
    assert result.problems == []
    assert [r["type"] for r in result.form["survey"]] == [
        "select_one yn", "select_multiple yn", "select_multiple yn", "text", "acknowledge"
    ]
    assert result.form["settings"]["default_language"] == "english"


def test_geopoint_row_is_dropped_and_listed(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label"], ["text", "a", "A"], ["geopoint", "where", "Where?"], ["integer", "b", "B"]],
    )
    result = convert_workbook(path)
    assert [p.line("f.xlsx") for p in result.problems] == [
        "f.xlsx: survey row 3: FORM_XLSFORM_LOCATION: 'geopoint' is a GPS position, never collected by napsurvey; "
        "the row was not imported (it can be asked as a choice of place)"
    ]
    assert result.ok
    assert [r["name"] for r in result.form["survey"]] == ["a", "b"]


def test_reference_to_a_row_not_imported_reads_as_empty(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label", "relevant"],
            ["geopoint", "where", "Where?"],
            ["note", "n", "You are at ${where}"],
            ["text", "t", "T", "${where} != ''"],
        ],
    )
    result = convert_workbook(path)
    assert codes(result) == [
        (2, ErrorCode.FORM_XLSFORM_LOCATION, False),
        (3, ErrorCode.FORM_XLSFORM_DROPPED_REFERENCE, False),
        (4, ErrorCode.FORM_XLSFORM_DROPPED_REFERENCE, False),
    ]
    assert result.problems[1].message == "label refers to 'where', which was not imported (geopoint); it was taken out of the text"
    assert result.form["survey"][0]["label"] == {"en": "You are at "}
    assert result.form["survey"][1]["relevant"] == "'' != ''"
    assert result.ok


def test_references_to_the_interview_date_read_today(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label", "calculation", "constraint"], ["today", "today"], ["start", "start"],
         ["date", "born", "Born", None, ". < ${today}"], ["calculate", "days", None, "${start} - ${born}"]],
    )  # fmt: skip
    result = convert_workbook(path)
    assert result.form["survey"][0]["constraint"] == ". < today()"
    assert result.form["survey"][1]["calculation"] == "today() - ${born}"
    assert [p.code for p in result.problems].count(ErrorCode.FORM_XLSFORM_TODAY_REFERENCE) == 2
    assert result.ok


@pytest.mark.parametrize("kind", ["start", "end", "today", "audit"])
def test_metadata_rows_are_not_fatal(tmp_path: Path, kind: str) -> None:
    path = book(tmp_path, [["type", "name", "label"], [kind, kind], ["text", "a", "A"]])
    result = convert_workbook(path)
    assert codes(result) == [(2, ErrorCode.FORM_XLSFORM_METADATA, False)]
    assert result.form["survey"] == [{"type": "text", "name": "a", "label": {"en": "A"}}]


@pytest.mark.parametrize(
    "kind", ["deviceid", "imei", "username", "phonenumber", "simserial", "subscriberid", "email", "uri:deviceid", "get device id"]
)
def test_device_and_user_identifiers_are_refused_each_with_its_line(tmp_path: Path, kind: str) -> None:
    path = book(tmp_path, [["type", "name", "label"], [kind, "who"], ["text", "a", "A"]])
    result = convert_workbook(path)
    assert codes(result) == [(2, ErrorCode.FORM_XLSFORM_IDENTIFIER, False)]
    assert result.form["survey"] == [{"type": "text", "name": "a", "label": {"en": "A"}}]


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("geopoint", ErrorCode.FORM_XLSFORM_LOCATION), ("gps", ErrorCode.FORM_XLSFORM_LOCATION),
        ("geotrace", ErrorCode.FORM_XLSFORM_LOCATION), ("geoshape", ErrorCode.FORM_XLSFORM_LOCATION),
        ("start-geopoint", ErrorCode.FORM_XLSFORM_LOCATION), ("osm tags", ErrorCode.FORM_XLSFORM_LOCATION),
        ("image", ErrorCode.FORM_XLSFORM_MEDIA), ("photo", ErrorCode.FORM_XLSFORM_MEDIA),
        ("audio", ErrorCode.FORM_XLSFORM_MEDIA), ("video", ErrorCode.FORM_XLSFORM_MEDIA),
        ("file", ErrorCode.FORM_XLSFORM_MEDIA), ("add file prompt", ErrorCode.FORM_XLSFORM_MEDIA),
        ("barcode", ErrorCode.FORM_XLSFORM_MEDIA), ("background-audio", ErrorCode.FORM_XLSFORM_MEDIA),
        ("rank x", ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE), ("time", ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE),
        ("hidden", ErrorCode.FORM_XLSFORM_UNSUPPORTED_TYPE),
        ("select_one_from_file places.csv", ErrorCode.FORM_XLSFORM_FILE),
        ("select_multiple_from_file places.xml", ErrorCode.FORM_XLSFORM_FILE),
    ],
)  # fmt: skip
def test_types_not_collected_are_listed_with_why(tmp_path: Path, kind: str, code: ErrorCode) -> None:
    path = book(tmp_path, [["type", "name", "label"], [kind, "q", "Q"], ["text", "a", "A"]])
    result = convert_workbook(path)
    assert codes(result) == [(2, code, False)]
    assert result.form["survey"] == [{"type": "text", "name": "a", "label": {"en": "A"}}]
    assert result.fate == {1: "header", 2: code.name, 3: "imported"}


@pytest.mark.parametrize(
    ("kind", "parameters", "expected"),
    [
        ("dateTime", None, {"type": "date"}),
        ("range", "start=1 end=5 step=1", {"type": "integer", "constraint": ". >= 1 and . <= 5"}),
        ("range", "start=0 end=1 step=0.1", {"type": "decimal", "constraint": ". >= 0 and . <= 1"}),
    ],
)
def test_types_generalised_keep_their_meaning(tmp_path: Path, kind: str, parameters: str | None, expected: dict[str, Any]) -> None:
    path = book(tmp_path, [["type", "name", "label", "parameters"], [kind, "q", "Q", parameters]])
    result = convert_workbook(path)
    assert codes(result) == [(2, ErrorCode.FORM_XLSFORM_MAPPED, False)]
    assert result.form["survey"] == [{"name": "q", "label": {"en": "Q"}, **expected} | {"type": expected["type"]}]


def test_or_other_adds_the_choice_and_its_text_question(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label"], ["select_one sex or_other", "sex", "Sex"]],
        choices=[["list_name", "name", "label"], ["sex", "f", "F"], ["sex", "m", "M"]],
    )
    result = convert_workbook(path)
    assert [p.line("f.xlsx") for p in result.problems] == [
        "f.xlsx: survey row 2: FORM_XLSFORM_OR_OTHER: 'or_other': a choice 'other' and a text question 'sex_other' for it were added"
    ]
    assert result.ok
    assert result.form["survey"] == [
        {"type": "select_one sex", "name": "sex", "label": {"en": "Sex"}},
        {"type": "text", "name": "sex_other", "label": {"en": "Specify other."}, "relevant": "selected(${sex}, 'other')"},
    ]
    assert result.form["choices"]["sex"][-1] == {"name": "other", "label": {"en": "Other"}}


def test_unknown_type_is_fatal(tmp_path: Path) -> None:
    result = convert_workbook(book(tmp_path, [["type", "name", "label"], ["integr", "a", "A"], ["text", "b", "B"]]))
    assert codes(result) == [(2, ErrorCode.FORM_UNKNOWN_TYPE, True)]


def test_unsupported_and_refused_functions_are_fatal(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label", "calculation"],
            ["select_one yn", "a", "A"],
            ["calculate", "c", None, "jr:choice-name(${a}, '${a}')"],
            ["calculate", "d", None, "area(${a})"],
            ["calculate", "e", None, "spline(${a})"],
        ],
        choices=[["list_name", "name", "label"], ["yn", "yes", "Yes"]],
    )
    result = convert_workbook(path)
    assert [p.line("f.xlsx") for p in result.problems] == [
        "f.xlsx: survey row 4: FORM_XLSFORM_REFUSED_FUNCTION: calculation uses area(), which napsurvey refuses: "
        "it measures a shape drawn from GPS points, and napsurvey collects no GPS positions",
        "f.xlsx: survey row 5: FORM_XLSFORM_UNSUPPORTED_FUNCTION: calculation uses spline(), which napsurvey does not support",
    ]
    assert not result.ok


def test_expressions_keep_xlsform_syntax_and_fix_typographic_quotes(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label", "relevant"],
            ["select_multiple yn", "a", "A"],
            ["text", "b", "B", "selected(${a}, 'yes')"],
            ["text", "c", "C", "${a} = \u2018no\u2019"],
        ],
        choices=[["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"]],
    )
    result = convert_workbook(path)
    assert codes(result) == [(4, ErrorCode.FORM_XLSFORM_QUOTES, False)]
    assert result.form["survey"][1]["relevant"] == "selected(${a}, 'yes')"
    assert result.form["survey"][2]["relevant"] == "${a} = 'no'"


def test_bad_expression_is_fatal(tmp_path: Path) -> None:
    path = book(tmp_path, [["type", "name", "label", "constraint"], ["integer", "a", "A", ". >= "]])
    result = convert_workbook(path)
    assert codes(result) == [(2, ErrorCode.FORM_BAD_EXPRESSION, True)]
    assert result.problems[0].message.startswith("constraint: ")


def test_loop_is_dropped_with_its_rows(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label"],
            ["select_multiple t", "types", "Types"],
            ["begin loop over t", "each"],
            ["integer", "number", "How many %(label)s?"],
            ["end loop"],
            ["text", "after", "After"],
        ],
        choices=[["list_name", "name", "label"], ["t", "a", "A"]],
    )
    result = convert_workbook(path)
    assert [p.line("f.xlsx") for p in result.problems] == [
        "f.xlsx: survey row 3: FORM_XLSFORM_LOOP: 'begin loop over t' is not supported;"
        " the loop and the 1 row(s) inside it were not imported"
    ]
    assert [r["name"] for r in result.form["survey"]] == ["types", "after"]


def test_phone_number_is_text_with_digits_constraint(tmp_path: Path) -> None:
    result = convert_workbook(book(tmp_path, [["type", "name", "label"], ["phone number", "p", "Phone"]]))
    assert codes(result) == [(2, ErrorCode.FORM_XLSFORM_MAPPED, False)]
    assert result.form["survey"][0]["type"] == "text"
    assert result.form["survey"][0]["constraint"].startswith("regex(., ")


def test_settings_defaults_from_file_name(tmp_path: Path) -> None:
    result = convert_workbook(book(tmp_path, [["type", "name", "label"], ["text", "a", "A"]], name="My Form-2 (final).xlsx"))
    assert result.form["settings"] == {
        "form_id": "my_form_2_final",
        "form_title": {"en": "my_form_2_final"},
        "version": "1",
        "default_language": "en",
    }


def test_settings_form_id_is_normalised_and_extras_listed(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label"], ["text", "a", "A"]],
        settings=[["form_id", "version", "submission_url", "public_key", "sensitivity"],
                  ["Spec Test", 20260101, "https://x", None, "high"]],
    )
    result = convert_workbook(path)
    lines = [p.line("f.xlsx") for p in result.problems]
    assert lines[1:3] == [
        "f.xlsx: settings row 2: FORM_XLSFORM_UNSUPPORTED_SETTING: setting 'submission_url' is not supported and was ignored",
        "f.xlsx: settings row 2: FORM_XLSFORM_FORM_ID: form_id 'Spec Test' became 'spec_test' (lower-case letters, digits and _ only)",
    ]
    assert "f.xlsx: settings row 2: FORM_CONSENT: consent: a sensitivity: high form needs a consent block" in lines
    assert result.form["settings"]["version"] == "20260101"
    assert result.form["settings"]["sensitivity"] == "high"
    # A sensitivity: high form is checked as one: the linter's refusals name the workbook's rows.
    assert lines[:1] == ["f.xlsx: survey row 2: FORM_HIGH_FREE_TEXT: free-text question not allowed in a sensitivity: high form"]
    assert not result.ok


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Spec test", "spec_test"), ("YesNo", "yesno"), ("2024 survey", "form_2024_survey"), ("___", "form"), ("é", "form")],
)
def test_form_id_from(text: str, expected: str) -> None:
    assert form_id_from(text) == expected


def test_indicators_sheet(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label"], ["select_one yn", "safe", "Safe?"], ["select_one d", "district", "District"]],
        choices=[["list_name", "name", "label"], ["yn", "yes", "Yes"], ["yn", "no", "No"], ["d", "a", "A"]],
        extra={"Indicators": [["name", "label::English (en)", "question", "by", "period"],
                              ["safe_by_district", "Safe", "safe", "district", "quarter"]]},
    )
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form["indicators"] == [
        {"name": "safe_by_district", "label": {"en": "Safe"}, "question": "safe", "by": ["district"], "period": "quarter"}
    ]
    Form.model_validate(result.form)


def test_schema_refusal_names_the_row(tmp_path: Path) -> None:
    result = convert_workbook(book(tmp_path, [["type", "name", "label"], ["text", "ok", "A"], ["text", "1bad", "B"]]))
    assert codes(result) == [(3, ErrorCode.FORM_SCHEMA, True)]
    assert result.problems[0].message.startswith("name: ")


def test_duplicate_choice_names_are_fatal(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label"], ["select_one c", "q", "Q"]],
        choices=[["list_name", "name", "label"], ["c", "a", "A"], ["c", "a", "A again"]],
    )
    assert codes(convert_workbook(path)) == [(3, ErrorCode.FORM_DUPLICATE_NAME, True)]


def test_rows_without_type_name_or_list(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [["type", "name", "label"], [None, "orphan", "Orphan"], ["text", None, "No name"]],
        choices=[["list_name", "name", "label"], [None, "x", "X"], ["c", None, "No name"]],
    )
    assert codes(convert_workbook(path)) == [
        (2, ErrorCode.FORM_XLSFORM_NO_TYPE, False),
        (3, ErrorCode.FORM_XLSFORM_NO_NAME, True),
        (2, ErrorCode.FORM_XLSFORM_NO_LIST, False),
        (3, ErrorCode.FORM_XLSFORM_NO_NAME, True),
    ]


def test_other_sheets_are_listed(tmp_path: Path) -> None:
    path = book(tmp_path, [["type", "name", "label"], ["text", "a", "A"]], extra={"Notes": [["who", "what"], ["x", "y"]]})
    assert [p.line("f.xlsx") for p in convert_workbook(path).problems] == [
        "f.xlsx: Notes: FORM_XLSFORM_UNUSED_SHEET: sheet 'Notes' is not used by napsurvey and was ignored"
    ]


def test_case_insensitive_sheet_names(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Survey"
    ws.append(["Type", "Name", "Label"])
    ws.append(["select_one yn", "q", "Q"])
    ch = wb.create_sheet("CHOICES")
    ch.append(["LIST_NAME", "NAME", "LABEL"])
    ch.append(["yn", "yes", "Yes"])
    path = tmp_path / "f.xlsx"
    wb.save(path)
    result = convert_workbook(path)
    assert result.problems == []
    assert result.form["choices"] == {"yn": [{"name": "yes", "label": {"en": "Yes"}}]}


# --- YAML text -----------------------------------------------------------------


def test_yaml_text_exact(tmp_path: Path) -> None:
    path = book(
        tmp_path,
        [
            ["type", "name", "label::English (en)", "label::Français (fr)", "required"],
            ["select_one yn", "consent", "Do you agree?", "Êtes-vous d'accord ?", "yes"],
            ["integer", "age", "Age", "Âge"],
        ],
        choices=[
            ["list_name", "name", "label::English (en)", "label::Français (fr)"],
            ["yn", "yes", "Yes", "Oui"],
            ["yn", "no", "No", "Non"],
            ["yn", "on", "On", "Allumé"],
            ["yn", 1, "One", "Un"],
            ["yn", "1e5", "Big", "Grand"],
            ["yn", "n", "N", "N"],
        ],
        settings=[["form_id", "form_title", "version"], ["consent_demo", "Consent", 1]],
    )
    text = convert_workbook(path).yaml_text()
    assert text == (
        "settings:\n"
        "  form_id: consent_demo\n"
        "  form_title:\n"
        "    en: Consent\n"
        "    fr: Consent\n"
        '  version: "1"\n'
        "  default_language: en\n"
        "survey:\n"
        "  - {type: select_one yn, name: consent, label: {en: 'Do you agree?', fr: 'Êtes-vous d''accord ?'}, required: true}\n"
        "  - {type: integer, name: age, label: {en: Age, fr: Âge}}\n"
        "choices:\n"
        "  yn:\n"
        '    - {name: "yes", label: {en: "Yes", fr: Oui}}\n'
        '    - {name: "no", label: {en: "No", fr: Non}}\n'
        '    - {name: "on", label: {en: "On", fr: Allumé}}\n'
        '    - {name: "1", label: {en: One, fr: Un}}\n'
        '    - {name: "1e5", label: {en: Big, fr: Grand}}\n'
        '    - {name: "n", label: {en: "N", fr: "N"}}\n'
    )


def test_yaml_text_round_trips_and_long_rows_are_blocks(tmp_path: Path) -> None:
    long_label = "A very long question text " * 8
    path = book(
        tmp_path,
        [["type", "name", "label::English (en)", "label::Français (fr)"], ["text", "long", long_label.strip(), "Texte\nsur deux lignes"]],
    )
    result = convert_workbook(path)
    text = result.yaml_text()
    assert "  - type: text\n    name: long\n    label:\n" in text
    assert yaml.safe_load(text) == result.form


def test_yaml_text_loads_with_the_form_reader(tmp_path: Path) -> None:
    reader = yaml_reader
    path = book(
        tmp_path,
        [["type", "name", "label"], ["select_one c", "q", "Q"]],
        choices=[["list_name", "name", "label"], *[["c", n, n] for n in ("yes", "No", "off", "07", "1.5", "2026-01-01", "null", "~", "y")]],
    )
    result = convert_workbook(path)
    assert reader.read_yaml(result.yaml_text()) == result.form


# --- refusals of the whole file --------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(NapError) as err:
        convert_workbook(tmp_path / "nope.xlsx")
    assert err.value.code is ErrorCode.FORM_NOT_FOUND


@pytest.mark.parametrize("content", [b"", b"type,name\ntext,a\n", b"PK\x03\x04 truncated zip"])
def test_not_a_workbook(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "f.xlsx"
    path.write_bytes(content)
    with pytest.raises(NapError) as err:
        convert_workbook(path)
    assert err.value.code is ErrorCode.FORM_NOT_A_FORM


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "f.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(NapError) as err:
        convert_workbook(path)
    assert err.value.code is ErrorCode.FORM_NOT_A_FORM


def test_no_survey_sheet(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    ws.append(["who", "what"])
    wb.save(tmp_path / "f.xlsx")
    with pytest.raises(NapError) as err:
        convert_workbook(tmp_path / "f.xlsx")
    assert err.value.code is ErrorCode.FORM_NOT_A_FORM
    assert "survey" in err.value.message


def test_the_only_sheet_with_type_and_name_is_read_as_the_survey(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Sheet1"
    ws.append(["type", "name", "label"])
    ws.append(["text", "state", "The State"])
    wb.save(tmp_path / "f.xlsx")
    result = convert_workbook(tmp_path / "f.xlsx")
    assert result.lines("f.xlsx") == [
        "f.xlsx: Sheet1: FORM_XLSFORM_SURVEY_SHEET: the workbook has no sheet named survey; sheet 'Sheet1' was read as the survey"
    ]
    assert result.ok and result.form["survey"] == [{"type": "text", "name": "state", "label": {"en": "The State"}}]


def test_survey_without_type_column(tmp_path: Path) -> None:
    with pytest.raises(NapError) as err:
        convert_workbook(book(tmp_path, [["name", "label"], ["a", "A"]]))
    assert err.value.code is ErrorCode.FORM_XLSFORM
    assert str(err.value) == "FORM_XLSFORM: survey row 1: the header has no 'type' column"


def test_directory_is_not_a_workbook(tmp_path: Path) -> None:
    with pytest.raises(NapError) as err:
        convert_workbook(tmp_path)
    assert err.value.code is ErrorCode.FORM_NOT_A_FORM


def test_reading_stops_after_a_long_blank_run(tmp_path: Path) -> None:
    # Spreadsheets often carry formatting down to row 1,048,576; reading it all takes
    # many seconds. The documented limit: rows after 100 blank rows are not read (pyxform: 60).
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "survey"
    ws.append(["type", "name", "label"])
    ws.append(["text", "a", "A"])
    ws.cell(row=5000, column=1).number_format = "0.00"  # formatting far below, as spreadsheets leave it
    ws.cell(row=20, column=1, value=" ")  # a blank-looking cell
    ws.append(["integer", "b", "B"])  # row 5001: after a long blank run, beyond what we read
    wb.save(tmp_path / "f.xlsx")
    result = convert_workbook(tmp_path / "f.xlsx")
    assert [r["name"] for r in result.form["survey"]] == ["a"]


# --- the imported form runs ----------------------------------------------------------


def test_imported_cascading_select_runs_in_the_engine(tmp_path: Path) -> None:
    loader = loader_module
    interview_mod = interview_package
    import datetime

    path = book(
        tmp_path,
        [
            ["type", "name", "label::English (en)", "label::Français (fr)", "choice_filter"],
            ["select_one region", "region", "Region", "Région"],
            ["select_one district", "district", "District", "District", "region = ${region}"],
        ],
        choices=[
            ["list_name", "name", "label::English (en)", "label::Français (fr)", "region"],
            ["region", "north", "North", "Nord"],
            ["region", "south", "South", "Sud"],
            ["district", "d1", "One", "Un", "north"],
            ["district", "d2", "Two", "Deux", "south"],
            ["district", "d3", "Three", "Trois", "north"],
        ],
    )
    result = convert_workbook(path)
    assert result.ok
    loaded = loader.load_form_text(result.yaml_text(), "form.yaml")
    interview = interview_mod.Interview.start(
        loaded.form, interview_mod.StartContext(today=datetime.date(2026, 1, 15), language="fr")
    )
    assert interview.current().prompts[0].label == "Région"
    assert interview.answer("region", "north") == []
    assert interview.next() == []
    prompt = interview.current().prompts[0]
    assert prompt.name == "district"
    assert [c.name for c in prompt.choices] == ["d1", "d3"]


def test_zip_bomb_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    from napsurvey.forms import xlsform_read

    monkeypatch.setattr(xlsform_read, "MAX_UNZIPPED_BYTES", 100_000)  # the real limit is 300 MiB
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * 100_001)
    assert path.stat().st_size < 1000
    with pytest.raises(NapError) as err:
        convert_workbook(path)
    assert err.value.code is ErrorCode.FORM_NOT_A_FORM
    assert "unpacks to more than" in err.value.message


def test_too_many_rows_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from napsurvey.forms import xlsform_read

    monkeypatch.setattr(xlsform_read, "MAX_ROWS", 3)  # the real limit is 50,000
    path = book(tmp_path, [["type", "name"], ["text", "a"], ["text", "b"], ["text", "c"]])
    with pytest.raises(NapError) as err:
        convert_workbook(path)
    assert err.value.code is ErrorCode.FORM_XLSFORM
    assert str(err.value) == "FORM_XLSFORM: survey row 4: more than 3 rows; not a form"


def test_the_current_folder_as_workbook_is_named_in_the_refusal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(NapError) as err:
        convert_workbook(Path("."))
    assert err.value.code is ErrorCode.FORM_NOT_A_FORM
    assert err.value.message == "not a form: . is not a file"
